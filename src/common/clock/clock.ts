import { Injectable } from '@nestjs/common';

/** Injected time: domain code takes `now` as an argument, services ask the Clock. */
export abstract class Clock {
  public abstract now(): Date;
}

@Injectable()
export class SystemClock extends Clock {
  public now(): Date {
    return new Date();
  }
}

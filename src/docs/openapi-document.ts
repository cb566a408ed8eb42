import { Injectable } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';

/** Holds the document built by configureApp once all routes exist. */
@Injectable()
export class OpenApiDocument {
  private document?: OpenAPIObject;

  public set(document: OpenAPIObject): void {
    this.document = document;
  }

  public get(): OpenAPIObject | undefined {
    return this.document;
  }
}

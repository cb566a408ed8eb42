import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class HelpfulVoteDto {
  /**
   * The storefront's own stable, opaque reference for the shopper (e.g. a hashed customer id or
   * a session id). Candor stores only a keyed hash of it: one vote per (review, shopper).
   */
  @ApiProperty({ example: 'shopper-7f3a9c', minLength: 1, maxLength: 200 })
  @IsString() @Length(1, 200) @Matches(/^[\x21-\x7e]+$/, { message: 'shopper must be printable ASCII without spaces' })
  public shopper: string;
}

export class HelpfulVoteResultDto {
  @ApiProperty({ format: 'uuid' })
  public reviewId: string;

  /** false when this shopper had already voted for this review (nothing changed). */
  @ApiProperty()
  public recorded: boolean;

  @ApiProperty({ example: 3 })
  public helpfulVotes: number;
}

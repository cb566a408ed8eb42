import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ASPECTS } from '../scoring/domain/rules/parse-lexicons.js';
import { ASPECT_ALIASES, ASPECT_FILTER_POLARITIES, LEGACY_SORTS, REVIEW_SORTS } from './domain/review-query.js';
import { LANGUAGE_TAG } from './domain/review-query-text.js';

const toInt = ({ value }: { value: unknown }): unknown => (value === undefined || value === '' ? undefined : Number(value));
/** 'true'/'false' only; anything else is left as is so @IsBoolean refuses it by name. */
const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);
/** `stars=5`, `stars=1,2` or `stars=1&stars=2` → numbers; a non-number stays NaN so @IsInt refuses it. */
const toStars = ({ value }: { value: unknown }): unknown =>
  (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])).map((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN));

export class ProductReviewsQueryDto {
  /** `recent` and `rating` are the former names of `newest` and `rating_desc`. */
  @ApiPropertyOptional({ enum: [...REVIEW_SORTS, ...Object.keys(LEGACY_SORTS)], default: 'newest', description: 'Folded reviews always come last' })
  @IsOptional() @IsIn([...REVIEW_SORTS, ...Object.keys(LEGACY_SORTS)])
  public sort?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page; bound to the sort and filters' })
  @IsOptional() @IsString() @MaxLength(600)
  public cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100)
  public limit?: number;

  /** One star rating or a set: `stars=5`, `stars=1,2`. */
  @ApiPropertyOptional({ type: 'string', example: '1,2', description: 'One star rating or a comma-separated set' })
  @IsOptional() @Transform(toStars) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(5) @IsInt({ each: true }) @Min(1, { each: true }) @Max(5, { each: true })
  public stars?: number[];

  /** Only reviews verified by an order match or an invitation. */
  @ApiPropertyOptional({ type: 'boolean' })
  @IsOptional() @Transform(toBoolean) @IsBoolean()
  public verified?: boolean;

  /** Language tag as detected on the review, e.g. `zh`, `en`. */
  @ApiPropertyOptional({ example: 'zh', description: 'Matches the tag and its subtags (zh matches zh-CN)' })
  @IsOptional() @IsString() @Matches(LANGUAGE_TAG, { message: 'language must be a language tag such as zh or en' })
  public language?: string;

  @ApiPropertyOptional({ type: 'boolean' })
  @IsOptional() @Transform(toBoolean) @IsBoolean()
  public hasMedia?: boolean;

  /** Checked against the lexicon aspects in the service, so an unknown one gets the ratings error code. */
  @ApiPropertyOptional({
    enum: [...ASPECTS, ...Object.keys(ASPECT_ALIASES)], example: 'logistics',
    description: 'Only reviews whose current score found this aspect; `delivery` means `logistics`. Unknown → 400 INVALID_ASPECT_FILTER',
  })
  @IsOptional() @IsString() @MaxLength(40)
  public aspect?: string;

  @ApiPropertyOptional({ enum: ASPECT_FILTER_POLARITIES, description: 'Needs `aspect`: only reviews where that aspect has this polarity' })
  @IsOptional() @IsString() @MaxLength(20)
  public aspectPolarity?: string;
}

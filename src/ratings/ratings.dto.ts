import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const toInt = ({ value }: { value: unknown }): unknown => (value === undefined || value === '' ? undefined : Number(value));

export class ProductReviewsQueryDto {
  @IsOptional() @IsIn(['recent', 'helpful', 'rating'])
  public sort?: 'recent' | 'helpful' | 'rating';

  @IsOptional() @IsString() @MaxLength(600)
  public cursor?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100)
  public limit?: number;
}

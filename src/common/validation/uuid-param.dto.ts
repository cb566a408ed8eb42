import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class UuidParamDto {
  @ApiProperty({ format: 'uuid', example: '0190f1f0-7d3c-7a2b-9c1d-2e3f4a5b6c7d' })
  @IsUUID('all', { message: 'id must be a UUID' })
  public id: string;
}

import { Module } from '@nestjs/common';
import { StorefrontChangesService } from './storefront-changes.service.js';

/** Just the storefront change log, so writers in other modules need not import the storefront API module. */
@Module({ providers: [StorefrontChangesService], exports: [StorefrontChangesService] })
export class StorefrontChangesModule {}

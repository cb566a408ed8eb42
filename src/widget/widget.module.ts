import { Module } from '@nestjs/common';
import { WidgetAssets } from './widget-assets.js';
import { WidgetController } from './widget.controller.js';

/** Serves the embeddable storefront widget (web components) at /widget/v1/candor.js. */
@Module({ controllers: [WidgetController], providers: [WidgetAssets] })
export class WidgetModule {}

import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { MapSettingsType } from './map.types';
import type { MapSettings } from './map-settings';

@Resolver()
export class MapResolver {
  @Allow()
  @Query(() => MapSettingsType, { description: "The map's tile source, for any signed-in user." })
  mapSettings(@Ctx() ctx: Context): MapSettings {
    return ctx.config.map;
  }
}

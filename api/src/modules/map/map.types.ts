import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MapCoordinates, type MapSettings } from './map-settings';

registerEnumType(MapCoordinates, { name: 'MapCoordinates', description: 'Positions are stored as phones report them (WGS-84); GCJ-02 tiles need them converted for display.' });

@ObjectType('MapSettings', { description: "The map's tile source and where it opens, as the operator set them (MAP_* variables)." })
export class MapSettingsType implements MapSettings {
  @Field({ description: 'A Leaflet URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png.' }) tileUrl: string;
  @Field({ description: 'The credit the tile source asks for.' }) attribution: string;
  @Field(() => MapCoordinates) coordinates: MapCoordinates;
  @Field(() => [String], { description: 'Subdomains for {s} in the template.' }) subdomains: string[];
  @Field(() => Float) centerLatitude: number;
  @Field(() => Float) centerLongitude: number;
  @Field(() => Int) zoom: number;
}

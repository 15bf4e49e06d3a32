import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { badInput } from '../../shared/errors';
import { checkPosition, distanceSql, nearParams } from '../../shared/geo';
import { RequestService } from '../../shared/request-service';
import { Task } from './task.entity';

// A volunteer out and about: the open tasks around where they stand, nearest first. Where a
// task meets is published with it, so anyone who may list tasks may ask.

export const MAX_TASK_RADIUS_METRES = 20_000;
const MAX_TASKS_NEAR = 50;

@ObjectType({ description: 'An open task with a position, and how far it is from the position asked about.' })
export class TaskNearby {
  @Field(() => Task) task: Task;
  @Field(() => Int, { description: 'Metres from the position asked about.' }) distance: number;
}

// The distance and box of shared/geo.ts, as casesNear.
const NEAR_SQL = `
SELECT id, d AS distance FROM (
  SELECT t.id, t.starts_at, ${distanceSql('t')} AS d
    FROM volunteer_task t
   WHERE t.status = 'OPEN' AND t.ends_at > now()
     AND t.latitude BETWEEN ? AND ? AND t.longitude BETWEEN ? AND ?
) near WHERE d <= ? ORDER BY d, starts_at, id LIMIT ${MAX_TASKS_NEAR}`;

export class TasksNearService extends RequestService {
  async near(latitude: number, longitude: number, radius: number): Promise<TaskNearby[]> {
    checkPosition(latitude, longitude);
    if (!Number.isInteger(radius) || radius < 1 || radius > MAX_TASK_RADIUS_METRES) throw badInput('input.invalid', { details: `radiusMeters: 1–${MAX_TASK_RADIUS_METRES}` });
    const rows = await this.em.execute<{ id: string; distance: number }[]>(NEAR_SQL, [...nearParams(latitude, longitude, radius), radius]);
    const tasks = new Map((await this.em.find(Task, { id: { $in: rows.map((r) => r.id) } })).map((t) => [t.id, t]));
    return rows.flatMap((r) => {
      const task = tasks.get(r.id);
      return task ? [{ task, distance: Math.round(Number(r.distance)) }] : [];
    });
  }
}

@Resolver()
export class TasksNearResolver {
  @Allow()
  @Query(() => [TaskNearby], { description: 'OPEN tasks with a position within radiusMeters (at most 20 km) of a position, nearest first (at most 50).' })
  tasksNear(
    @Arg('latitude', () => Float) latitude: number,
    @Arg('longitude', () => Float) longitude: number,
    @Arg('radiusMeters', () => Int, { defaultValue: 2000 }) radiusMeters: number,
    @Ctx() ctx: Context,
  ): Promise<TaskNearby[]> {
    return new TasksNearService(ctx).near(latitude, longitude, radiusMeters);
  }
}

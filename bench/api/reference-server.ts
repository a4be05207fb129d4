import { JwtService } from '@nestjs/jwt';
import Fastify, { FastifyInstance } from 'fastify';
import { buildSchema, graphql } from 'graphql';
import { Pool } from 'pg';

const schema = buildSchema(`
  type Skill { id: ID! name: String! }
  type RoleSkill { level: Int! weight: Int! skill: Skill! }
  type NeedRole { id: ID! title: String! kind: String! seats: Int! skills: [RoleSkill!]! }
  type Organization { id: ID! name: String! }
  type Need { id: ID! title: String! status: String! focusArea: String! country: String! nonprofit: Organization! roles: [NeedRole!]! }
  type NeedConnection { totalCount: Int! nodes: [Need!]! }
  type Query { needs(first: Int = 20): NeedConnection! }
`);

// The same rule as AccessService.scopeNeeds for a signed-in user, and the page, count and nested lists in one round trip.
const NEEDS_PAGE = `
  WITH actor AS (
    SELECT coalesce(array_agg(m.organization_id), '{}') AS org_ids,
           coalesce(array_agg(m.organization_id) FILTER (WHERE o.kind = 'INTERMEDIARY'), '{}') AS intermediary_ids
      FROM membership m JOIN organization o ON o.id = m.organization_id WHERE m.user_id = $1
  ), visible AS (
    SELECT n.* FROM need n, actor a
     WHERE n.status <> 'DRAFT' OR n.nonprofit_id = ANY(a.org_ids)
        OR n.program_id IN (SELECT cp.id FROM program cp WHERE cp.intermediary_id = ANY(a.intermediary_ids))
        OR n.nonprofit_id IN (SELECT ca.organization_id FROM affiliation ca WHERE ca.intermediary_id = ANY(a.intermediary_ids)
                              UNION SELECT cpp.organization_id FROM program_participant cpp JOIN program cp ON cp.id = cpp.program_id
                                     WHERE cp.intermediary_id = ANY(a.intermediary_ids))
  ), page AS (SELECT * FROM visible ORDER BY created_at DESC, id DESC LIMIT $2)
  SELECT (SELECT count(*) FROM visible)::int AS "totalCount",
    coalesce((SELECT json_agg(json_build_object('id', p.id, 'title', p.title, 'status', p.status, 'focusArea', p.focus_area, 'country', p.country,
      'nonprofit', (SELECT json_build_object('id', o.id, 'name', o.name) FROM organization o WHERE o.id = p.nonprofit_id),
      'roles', coalesce((SELECT json_agg(json_build_object('id', r.id, 'title', r.title, 'kind', r.kind, 'seats', r.seats,
        'skills', coalesce((SELECT json_agg(json_build_object('level', s.level, 'weight', s.weight, 'skill', json_build_object('id', k.id, 'name', k.name))
                              ORDER BY s.weight DESC, s.skill_id) FROM need_role_skill s JOIN skill k ON k.id = s.skill_id WHERE s.role_id = r.id), '[]'))
        ORDER BY r.created_at, r.id) FROM need_role r WHERE r.need_id = p.id), '[]'))
      ORDER BY p.created_at DESC, p.id DESC) FROM page p), '[]') AS nodes`;

interface Context {
  userId: string;
}

/** A minimal hand-written server for the needs page: what Rally is measured against. */
export async function startReferenceServer(databaseUrl: string, jwtSecret: string, port: number): Promise<FastifyInstance> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const jwt = new JwtService({ secret: jwtSecret });
  const rootValue = {
    needs: async ({ first }: { first: number }, ctx: Context) => (await pool.query(NEEDS_PAGE, [ctx.userId, Math.min(Math.max(first, 1), 100)])).rows[0] as unknown,
  };
  const app = Fastify({ logger: false });
  app.post<{ Body: { query: string; variables?: Record<string, unknown> } }>('/graphql', async (request, reply) => {
    const token = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
    let userId: string;
    try {
      userId = jwt.verify<{ sub: string }>(token, { algorithms: ['HS256'] }).sub;
    } catch {
      return reply.code(401).send({ errors: [{ message: 'unauthenticated' }] });
    }
    return graphql({ schema, source: request.body.query, variableValues: request.body.variables, rootValue, contextValue: { userId } });
  });
  app.addHook('onClose', async () => pool.end());
  await app.listen({ port, host: '127.0.0.1' });
  return app;
}

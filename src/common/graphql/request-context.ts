import { Request } from 'express';
import { Actor } from '../access/actor';
import { Loaders } from '../dataloader/loaders';

export interface RequestContext {
  req?: Request;
  actor: Actor | null;
  /** Set when a bearer token was sent but was invalid or expired. */
  authError: string | null;
  loaders: Loaders;
  ip: string;
}

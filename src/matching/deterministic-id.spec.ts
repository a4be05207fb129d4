import { isUUID } from 'class-validator';

import { deterministicUuid } from './deterministic-id';

describe('deterministicUuid', () => {
  it('gives the same valid UUID for the same name and different ones for different names', () => {
    const id = deterministicUuid('candidate-changed:VOLUNTEER:abc:29000000');
    expect(isUUID(id, 5)).toBe(true);
    expect(deterministicUuid('candidate-changed:VOLUNTEER:abc:29000000')).toBe(id);
    expect(deterministicUuid('candidate-changed:VOLUNTEER:abc:29000001')).not.toBe(id);
  });
});

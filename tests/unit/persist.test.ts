import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../utils/persist';

describe('persistent storage', () => {
  it('asks only when the browser has not already agreed, and never throws', async () => {
    const granted = { persisted: vi.fn(async () => true), persist: vi.fn(async () => true) } as unknown as StorageManager;
    expect(await requestPersistentStorage(granted)).toBe(true);
    expect(granted.persist).not.toHaveBeenCalled();
    const asked = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) } as unknown as StorageManager;
    expect(await requestPersistentStorage(asked)).toBe(true);
    expect(asked.persist).toHaveBeenCalledOnce();
    const failing = { persisted: vi.fn(async () => { throw new Error('no'); }), persist: vi.fn() } as unknown as StorageManager;
    expect(await requestPersistentStorage(failing)).toBe(false);
    expect(await requestPersistentStorage(undefined)).toBe(false);
  });
});

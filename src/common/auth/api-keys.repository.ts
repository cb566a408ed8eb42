import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { ApiKeyEntity } from './api-key.entity.js';

@Injectable()
export class ApiKeysRepository {
  public constructor(@InjectRepository(ApiKeyEntity) private readonly repo: Repository<ApiKeyEntity>) {}

  public findActiveByPrefix(prefix: string): Promise<ApiKeyEntity | null> {
    return this.repo.findOneBy({ prefix, revokedAt: IsNull() });
  }

  public insert(key: Omit<ApiKeyEntity, 'id' | 'createdAt' | 'revokedAt'>): Promise<ApiKeyEntity> {
    return this.repo.save(this.repo.create({ ...key, revokedAt: null }));
  }

  public findActiveById(id: string): Promise<ApiKeyEntity | null> {
    return this.repo.findOneBy({ id, revokedAt: IsNull() });
  }

  public async principalExists(principalId: string): Promise<boolean> {
    return (await this.repo.countBy({ principalId })) > 0;
  }

  public listAll(): Promise<ApiKeyEntity[]> {
    return this.repo.find({ order: { createdAt: 'DESC' } });
  }

  public async revoke(id: string, at: Date): Promise<boolean> {
    const result = await this.repo.update({ id, revokedAt: IsNull() }, { revokedAt: at });
    return (result.affected ?? 0) > 0;
  }

  /** Whether any active publishable key lists this origin (CORS preflights carry no key). */
  public async publishableOriginExists(origin: string): Promise<boolean> {
    const rows: unknown[] = await this.repo.query('SELECT 1 FROM api_keys WHERE publishable AND revoked_at IS NULL AND $1 = ANY(allowed_origins) LIMIT 1', [origin]);
    return rows.length > 0;
  }
}

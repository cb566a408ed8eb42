import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MerchantResponseVersionEntity } from './merchant-response-version.entity.js';
import { MerchantResponseEntity } from './merchant-response.entity.js';
import { ResponseDecisionEntity } from './response-decision.entity.js';
import { ReviewFlagEntity } from './review-flag.entity.js';

@Injectable()
export class ResponsesRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  public async insertResponse(manager: EntityManager, row: Omit<MerchantResponseEntity, 'id'>): Promise<MerchantResponseEntity> {
    const result = await manager.getRepository(MerchantResponseEntity).insert(row);
    return { ...row, id: result.identifiers[0].id as string };
  }

  public async update(manager: EntityManager, id: string, changes: Partial<MerchantResponseEntity>): Promise<void> {
    await manager.getRepository(MerchantResponseEntity).update({ id }, changes);
  }

  public async insertVersion(manager: EntityManager, row: Omit<MerchantResponseVersionEntity, 'id'>): Promise<void> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM cannot type jsonb array columns in insert()
    await manager.getRepository(MerchantResponseVersionEntity).insert(row as any);
  }

  public async setVersionOutcome(manager: EntityManager, responseId: string, version: number, outcome: MerchantResponseVersionEntity['outcome']): Promise<void> {
    await manager.getRepository(MerchantResponseVersionEntity).update({ responseId, version }, { outcome });
  }

  public lock(manager: EntityManager, id: string): Promise<MerchantResponseEntity | null> {
    return manager.getRepository(MerchantResponseEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
  }

  public findById(id: string, manager?: EntityManager): Promise<MerchantResponseEntity | null> {
    return (manager ?? this.db.manager).getRepository(MerchantResponseEntity).findOneBy({ id });
  }

  public versions(responseIds: string[], manager?: EntityManager): Promise<MerchantResponseVersionEntity[]> {
    if (responseIds.length === 0) return Promise.resolve([]);
    return (manager ?? this.db.manager).getRepository(MerchantResponseVersionEntity).createQueryBuilder('v')
      .where('v.response_id = ANY(:ids)', { ids: responseIds }).orderBy('v.version', 'ASC').getMany();
  }

  public listByState(state: MerchantResponseEntity['state'], limit: number): Promise<MerchantResponseEntity[]> {
    return this.db.getRepository(MerchantResponseEntity).find({ where: { state }, order: { updatedAt: 'ASC', id: 'ASC' }, take: limit });
  }

  public listForReview(reviewId: string): Promise<MerchantResponseEntity[]> {
    return this.db.getRepository(MerchantResponseEntity).find({ where: { reviewId }, order: { createdAt: 'ASC' } });
  }

  public async recordDecision(manager: EntityManager, row: Omit<ResponseDecisionEntity, 'id'>): Promise<void> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- jsonb column
    await manager.getRepository(ResponseDecisionEntity).insert(row as any);
  }

  public decisions(responseId: string): Promise<ResponseDecisionEntity[]> {
    return this.db.getRepository(ResponseDecisionEntity).find({ where: { responseId }, order: { createdAt: 'ASC' } });
  }

  public async insertFlag(manager: EntityManager, row: Omit<ReviewFlagEntity, 'id'>): Promise<ReviewFlagEntity> {
    const result = await manager.getRepository(ReviewFlagEntity).insert(row);
    return { ...row, id: result.identifiers[0].id as string };
  }

  /** The flag that filed this report, if a flag did (a merchant may also have reported through /reports). */
  public flagForReport(manager: EntityManager, reportId: string): Promise<ReviewFlagEntity | null> {
    return manager.getRepository(ReviewFlagEntity).findOneBy({ reportId });
  }

  /** Flags on a review, oldest first; `merchantId` narrows them to one merchant's (null: all, for staff). */
  public flagsForReview(reviewId: string, merchantId: string | null): Promise<ReviewFlagEntity[]> {
    return this.db.getRepository(ReviewFlagEntity).find({
      where: merchantId ? { reviewId, merchantId } : { reviewId }, order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}

// Generated from openapi.json by scripts/generate-client.js (openapi-typescript). Do not edit: run `npm run client:generate`.
/* eslint-disable */
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: operations["ApiKeysController_list_v1"];
        put?: never;
        /** Create */
        post: operations["ApiKeysController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke */
        delete: operations["ApiKeysController_revoke_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate */
        post: operations["ApiKeysController_rotate_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channel-listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create listing */
        post: operations["CatalogController_createListing_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List channels */
        get: operations["CatalogController_listChannels_v1"];
        put?: never;
        /** Create channel */
        post: operations["CatalogController_createChannel_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/{id}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Decision statement */
        get: operations["ReviewModerationController_decisionStatement_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/disclosure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get disclosure */
        get: operations["RatingsController_getDisclosure_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events */
        get: operations["PublishingController_events_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress */
        get: operations["ImportProgressController_progress_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Me */
        get: operations["MeController_me_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/merchant/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Merchant list */
        get: operations["ResponsesController_merchantList_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/merchants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List merchants */
        get: operations["CatalogController_listMerchants_v1"];
        put?: never;
        /** Create merchant */
        post: operations["CatalogController_createMerchant_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/merchants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get merchant */
        get: operations["CatalogController_getMerchant_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/merchants/{id}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products */
        get: operations["CatalogController_listProducts_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/moderation/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: operations["ModerationAppealsController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/moderation/appeals/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim */
        post: operations["ModerationAppealsController_claim_v1"];
        /** Release */
        delete: operations["ModerationAppealsController_release_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/moderation/appeals/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide */
        post: operations["ModerationAppealsController_decide_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/moderation/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim */
        post: operations["ModerationQueueController_claim_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/moderation/decisions:bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bulk */
        post: operations["ModerationQueueController_bulk_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/moderation/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open */
        post: operations["ModerationQueueController_open_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/moderation/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Detail */
        get: operations["ModerationQueueController_detail_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/moderation/items/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim one */
        post: operations["ModerationQueueController_claimOne_v1"];
        /** Release */
        delete: operations["ModerationQueueController_release_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/moderation/items/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide */
        post: operations["ModerationQueueController_decide_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/moderation/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: operations["ModerationQueueController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/moderation/reporters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reporters */
        get: operations["ModerationAppealsController_reporters_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/moderation/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get stats */
        get: operations["ModerationAppealsController_getStats_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create product */
        post: operations["CatalogController_createProduct_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get product */
        get: operations["CatalogController_getProduct_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List listings */
        get: operations["CatalogController_listListings_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rating */
        get: operations["RatingsController_rating_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reviews */
        get: operations["RatingsController_reviews_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create purchase */
        post: operations["IngestionController_createPurchase_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ratings:recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute */
        post: operations["RatingsController_recompute_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reputation/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complaint */
        post: operations["ReputationController_complaint_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reputation/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicators */
        get: operations["ReputationController_indicators_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reputation/order-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put order counts */
        put: operations["ReputationController_putOrderCounts_v1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reputation/rollups:refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refresh */
        post: operations["ReputationController_refresh_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reputation/rollups/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status */
        get: operations["ReputationController_status_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reputation/suppression-audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suppression audit */
        get: operations["ReputationController_suppressionAudit_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reputation/transparency-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transparency report */
        get: operations["ReputationController_transparencyReport_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: operations["ResponsesController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/responses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: operations["ResponsesController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit */
        patch: operations["ResponsesController_edit_v1"];
        trace?: never;
    };
    "/v1/responses/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide */
        post: operations["ResponsesController_decide_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create review */
        post: operations["IngestionController_createReview_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reviews:bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bulk reviews */
        post: operations["IngestionController_bulkReviews_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get review */
        get: operations["IngestionController_getReview_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit review */
        patch: operations["IngestionController_editReview_v1"];
        trace?: never;
    };
    "/v1/reviews/{id}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Appeal */
        post: operations["ReviewModerationController_appeal_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reviews/{id}/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Flags */
        get: operations["ResponsesController_flags_v1"];
        put?: never;
        /** Flag */
        post: operations["ResponsesController_flag_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reviews/{id}/helpful": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vote */
        post: operations["HelpfulVotesController_vote_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reviews/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report */
        post: operations["ReviewModerationController_report_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reviews/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For review */
        get: operations["ResponsesController_forReview_v1"];
        put?: never;
        /** Create */
        post: operations["ResponsesController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reviews/{id}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Review statement */
        get: operations["ReviewModerationController_reviewStatement_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scoring/rescore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start */
        post: operations["RescoreAdminController_start_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scoring/rescore/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status */
        get: operations["RescoreAdminController_status_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scoring/rule-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: operations["RuleSetsAdminController_list_v1"];
        put?: never;
        /** Create */
        post: operations["RuleSetsAdminController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scoring/rule-sets:validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate */
        post: operations["RuleSetsAdminController_validate_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scoring/rule-sets/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate */
        post: operations["RuleSetsAdminController_activate_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scoring/rule-sets/{id}/dry-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dry run */
        post: operations["RuleSetsAdminController_dryRun_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ugc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create ugc */
        post: operations["IngestionController_createUgc_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ugc:bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bulk ugc */
        post: operations["IngestionController_bulkUgc_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: operations["PublishingController_list_v1"];
        put?: never;
        /** Create */
        post: operations["PublishingController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove */
        delete: operations["PublishingController_remove_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries */
        get: operations["PublishingController_deliveries_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replay */
        post: operations["PublishingController_replay_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "notice.author": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event notice.author, POSTed to each webhook subscribed to it
         * @description Every delivery is a JSON POST of one event (the same JSON as an item of `GET /v1/events`), signed twice with the webhook's secret (`whsec_…`, shown once at creation):
         *
         *     - `Candor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` — the key is the whole secret string.
         *     - Standard Webhooks (standardwebhooks.com): `webhook-id` (the event id, the same on every retry: dedupe on it), `webhook-timestamp` (unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256(base64-decoded part of the secret after "whsec_", "<webhook-id>.<webhook-timestamp>.<raw body>")>`; any Standard Webhooks library verifies it.
         *
         *     To verify: (1) take the raw request body bytes before any JSON parsing; (2) recompute the HMAC over the timestamp and body as above; (3) compare in constant time (several space-separated `v1,` signatures may appear in `webhook-signature` during a secret rotation: any may match); (4) refuse a timestamp more than 300 seconds from your clock (replay window); (5) dedupe on the event id. Answer 2xx within the timeout; any other answer or a timeout is retried with exponential backoff, and each attempt is listed at `GET /v1/webhooks/{id}/deliveries`.
         */
        post: operations["webhook_notice_author"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "response.edited": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event response.edited, POSTed to each webhook subscribed to it
         * @description Every delivery is a JSON POST of one event (the same JSON as an item of `GET /v1/events`), signed twice with the webhook's secret (`whsec_…`, shown once at creation):
         *
         *     - `Candor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` — the key is the whole secret string.
         *     - Standard Webhooks (standardwebhooks.com): `webhook-id` (the event id, the same on every retry: dedupe on it), `webhook-timestamp` (unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256(base64-decoded part of the secret after "whsec_", "<webhook-id>.<webhook-timestamp>.<raw body>")>`; any Standard Webhooks library verifies it.
         *
         *     To verify: (1) take the raw request body bytes before any JSON parsing; (2) recompute the HMAC over the timestamp and body as above; (3) compare in constant time (several space-separated `v1,` signatures may appear in `webhook-signature` during a secret rotation: any may match); (4) refuse a timestamp more than 300 seconds from your clock (replay window); (5) dedupe on the event id. Answer 2xx within the timeout; any other answer or a timeout is retried with exponential backoff, and each attempt is listed at `GET /v1/webhooks/{id}/deliveries`.
         */
        post: operations["webhook_response_edited"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "response.held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event response.held, POSTed to each webhook subscribed to it
         * @description Every delivery is a JSON POST of one event (the same JSON as an item of `GET /v1/events`), signed twice with the webhook's secret (`whsec_…`, shown once at creation):
         *
         *     - `Candor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` — the key is the whole secret string.
         *     - Standard Webhooks (standardwebhooks.com): `webhook-id` (the event id, the same on every retry: dedupe on it), `webhook-timestamp` (unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256(base64-decoded part of the secret after "whsec_", "<webhook-id>.<webhook-timestamp>.<raw body>")>`; any Standard Webhooks library verifies it.
         *
         *     To verify: (1) take the raw request body bytes before any JSON parsing; (2) recompute the HMAC over the timestamp and body as above; (3) compare in constant time (several space-separated `v1,` signatures may appear in `webhook-signature` during a secret rotation: any may match); (4) refuse a timestamp more than 300 seconds from your clock (replay window); (5) dedupe on the event id. Answer 2xx within the timeout; any other answer or a timeout is retried with exponential backoff, and each attempt is listed at `GET /v1/webhooks/{id}/deliveries`.
         */
        post: operations["webhook_response_held"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "response.published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event response.published, POSTed to each webhook subscribed to it
         * @description Every delivery is a JSON POST of one event (the same JSON as an item of `GET /v1/events`), signed twice with the webhook's secret (`whsec_…`, shown once at creation):
         *
         *     - `Candor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` — the key is the whole secret string.
         *     - Standard Webhooks (standardwebhooks.com): `webhook-id` (the event id, the same on every retry: dedupe on it), `webhook-timestamp` (unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256(base64-decoded part of the secret after "whsec_", "<webhook-id>.<webhook-timestamp>.<raw body>")>`; any Standard Webhooks library verifies it.
         *
         *     To verify: (1) take the raw request body bytes before any JSON parsing; (2) recompute the HMAC over the timestamp and body as above; (3) compare in constant time (several space-separated `v1,` signatures may appear in `webhook-signature` during a secret rotation: any may match); (4) refuse a timestamp more than 300 seconds from your clock (replay window); (5) dedupe on the event id. Answer 2xx within the timeout; any other answer or a timeout is retried with exponential backoff, and each attempt is listed at `GET /v1/webhooks/{id}/deliveries`.
         */
        post: operations["webhook_response_published"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "response.rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event response.rejected, POSTed to each webhook subscribed to it
         * @description Every delivery is a JSON POST of one event (the same JSON as an item of `GET /v1/events`), signed twice with the webhook's secret (`whsec_…`, shown once at creation):
         *
         *     - `Candor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` — the key is the whole secret string.
         *     - Standard Webhooks (standardwebhooks.com): `webhook-id` (the event id, the same on every retry: dedupe on it), `webhook-timestamp` (unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256(base64-decoded part of the secret after "whsec_", "<webhook-id>.<webhook-timestamp>.<raw body>")>`; any Standard Webhooks library verifies it.
         *
         *     To verify: (1) take the raw request body bytes before any JSON parsing; (2) recompute the HMAC over the timestamp and body as above; (3) compare in constant time (several space-separated `v1,` signatures may appear in `webhook-signature` during a secret rotation: any may match); (4) refuse a timestamp more than 300 seconds from your clock (replay window); (5) dedupe on the event id. Answer 2xx within the timeout; any other answer or a timeout is retried with exponential backoff, and each attempt is listed at `GET /v1/webhooks/{id}/deliveries`.
         */
        post: operations["webhook_response_rejected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "review.folded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event review.folded, POSTed to each webhook subscribed to it
         * @description Every delivery is a JSON POST of one event (the same JSON as an item of `GET /v1/events`), signed twice with the webhook's secret (`whsec_…`, shown once at creation):
         *
         *     - `Candor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` — the key is the whole secret string.
         *     - Standard Webhooks (standardwebhooks.com): `webhook-id` (the event id, the same on every retry: dedupe on it), `webhook-timestamp` (unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256(base64-decoded part of the secret after "whsec_", "<webhook-id>.<webhook-timestamp>.<raw body>")>`; any Standard Webhooks library verifies it.
         *
         *     To verify: (1) take the raw request body bytes before any JSON parsing; (2) recompute the HMAC over the timestamp and body as above; (3) compare in constant time (several space-separated `v1,` signatures may appear in `webhook-signature` during a secret rotation: any may match); (4) refuse a timestamp more than 300 seconds from your clock (replay window); (5) dedupe on the event id. Answer 2xx within the timeout; any other answer or a timeout is retried with exponential backoff, and each attempt is listed at `GET /v1/webhooks/{id}/deliveries`.
         */
        post: operations["webhook_review_folded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "review.published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event review.published, POSTed to each webhook subscribed to it
         * @description Every delivery is a JSON POST of one event (the same JSON as an item of `GET /v1/events`), signed twice with the webhook's secret (`whsec_…`, shown once at creation):
         *
         *     - `Candor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` — the key is the whole secret string.
         *     - Standard Webhooks (standardwebhooks.com): `webhook-id` (the event id, the same on every retry: dedupe on it), `webhook-timestamp` (unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256(base64-decoded part of the secret after "whsec_", "<webhook-id>.<webhook-timestamp>.<raw body>")>`; any Standard Webhooks library verifies it.
         *
         *     To verify: (1) take the raw request body bytes before any JSON parsing; (2) recompute the HMAC over the timestamp and body as above; (3) compare in constant time (several space-separated `v1,` signatures may appear in `webhook-signature` during a secret rotation: any may match); (4) refuse a timestamp more than 300 seconds from your clock (replay window); (5) dedupe on the event id. Answer 2xx within the timeout; any other answer or a timeout is retried with exponential backoff, and each attempt is listed at `GET /v1/webhooks/{id}/deliveries`.
         */
        post: operations["webhook_review_published"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "review.removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event review.removed, POSTed to each webhook subscribed to it
         * @description Every delivery is a JSON POST of one event (the same JSON as an item of `GET /v1/events`), signed twice with the webhook's secret (`whsec_…`, shown once at creation):
         *
         *     - `Candor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` — the key is the whole secret string.
         *     - Standard Webhooks (standardwebhooks.com): `webhook-id` (the event id, the same on every retry: dedupe on it), `webhook-timestamp` (unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256(base64-decoded part of the secret after "whsec_", "<webhook-id>.<webhook-timestamp>.<raw body>")>`; any Standard Webhooks library verifies it.
         *
         *     To verify: (1) take the raw request body bytes before any JSON parsing; (2) recompute the HMAC over the timestamp and body as above; (3) compare in constant time (several space-separated `v1,` signatures may appear in `webhook-signature` during a secret rotation: any may match); (4) refuse a timestamp more than 300 seconds from your clock (replay window); (5) dedupe on the event id. Answer 2xx within the timeout; any other answer or a timeout is retried with exponential backoff, and each attempt is listed at `GET /v1/webhooks/{id}/deliveries`.
         */
        post: operations["webhook_review_removed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        AggregateRatingJsonLdView: {
            /** @enum {string} */
            "@context": "https://schema.org";
            /** @enum {string} */
            "@type": "AggregateRating";
            /** @enum {number} */
            bestRating: 5;
            /** @description Present on the verified-only rating */
            description?: string;
            itemReviewed: components["schemas"]["ReviewedProductJsonLdView"];
            ratingCount: number;
            /** @example 4.33 */
            ratingValue: number;
            reviewCount: number;
            /** @enum {number} */
            worstRating: 1;
        };
        ApiKeyView: {
            allowedOrigins: string[];
            burst: number | null;
            /** Format: uuid */
            channelId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            ipBurst: number | null;
            ipRateLimitPerSecond: number | null;
            label: string;
            /** Format: uuid */
            merchantId: string | null;
            prefix: string;
            /** Format: uuid */
            principalId: string;
            publishable: boolean;
            /** @description null: the role's documented default. */
            rateLimitPerSecond: number | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @enum {string} */
            role: "admin" | "moderator" | "merchant" | "storefront" | "channel";
            senior: boolean;
        };
        AppealDto: {
            /** Format: uuid */
            decisionId: string;
            statement: string;
        };
        AppealView: {
            /** @description false for the moderator who took the appealed decision: appeals go to someone else. */
            canHandle: boolean;
            claimedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            decision: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            leaseUntil: string | null;
            outcome: string | null;
            /** Format: uuid */
            outcomeDecisionId: string | null;
            /** Format: uuid */
            reviewId: string;
            /** @enum {string} */
            state: "open" | "claimed" | "decided";
            statement: string;
            version: number;
        };
        AspectFindingDto: {
            /** @example logistics */
            aspect: string;
            evidence: components["schemas"]["EvidenceSpanDto"] | null;
            /**
             * @description null until the tagger reports polarity
             * @enum {string|null}
             */
            polarity: "positive" | "negative" | "neutral" | "mixed" | null;
        };
        AuditConfigView: {
            alpha: number;
            margin: number;
            minSample: number;
        };
        AuditScopeView: {
            /**
             * Format: uuid
             * @description null: the whole platform
             */
            merchantId: string | null;
        };
        AuditTestView: {
            alert: boolean;
            /** @description Rates: negative − positive. Time: P(negative waits longer) − ½ */
            difference: number | null;
            /** @description A group is too small for a verdict */
            insufficient: boolean;
            /** @enum {string} */
            metric: "hold_rate" | "reject_rate" | "fold_rate" | "time_to_publish";
            negative: number | null;
            positive: number | null;
            pValue: number | null;
        };
        AutomatedHoldsView: {
            approvalRate: number | null;
            /** @description A human published it: the hold was overturned */
            approved: number;
            byRuleSetVersion: components["schemas"]["RuleSetHoldAccuracyView"][];
            bySignal: components["schemas"]["SignalHoldAccuracyView"][];
            decided: number;
            upheld: number;
        };
        BayesianPriorView: {
            mean: number;
            weight: number;
        };
        BulkDecideDto: {
            /** @enum {string} */
            action: "approve" | "fold" | "hide" | "remove" | "escalate" | "request_edit";
            items: components["schemas"]["BulkSelectionDto"][];
            /** @description Internal note for other moderators; kept in the decision record's facts */
            note?: string;
            /**
             * @description Required for fold, hide, remove and request_edit; `other` also needs `reasonText`
             * @enum {string}
             */
            reasonCode?: "spam" | "fake_or_not_genuine" | "incentivised_undisclosed" | "conflict_of_interest" | "off_topic" | "personal_data" | "abuse_harassment" | "illegal_content" | "duplicate" | "other";
            /** @description Shown to the author in the statement of reasons */
            reasonText?: string;
        };
        BulkDecisionItemResult: {
            error?: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            itemId: string;
            ok: boolean;
            result?: components["schemas"]["DecisionResult"];
        };
        BulkDecisionResult: {
            failed: number;
            results: components["schemas"]["BulkDecisionItemResult"][];
            succeeded: number;
        };
        BulkItemResult: {
            error?: {
                [key: string]: unknown;
            };
            externalId?: string;
            /** Format: uuid */
            id?: string;
            index: number;
            /** @enum {string} */
            outcome: "accepted" | "duplicate" | "edited" | "rejected";
        };
        BulkResult: {
            accepted: number;
            duplicates: number;
            edited: number;
            /**
             * Format: uuid
             * @description In import mode: the import's id, for GET /v1/imports/:id (scoring progress).
             */
            importId?: string;
            received: number;
            rejected: number;
            results: components["schemas"]["BulkItemResult"][];
        };
        BulkSelectionDto: {
            /** Format: uuid */
            itemId: string;
            version: number;
        };
        ChannelListingView: {
            /** Format: uuid */
            channelId: string;
            /** Format: date-time */
            createdAt: string;
            externalSku: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            productId: string;
        };
        ChannelRefDto: {
            code: string;
            type: string;
        };
        ChannelReviewViewDto: {
            /** @description Masked display name */
            author: string;
            body: string;
            channel: components["schemas"]["ChannelRefDto"];
            decisions: components["schemas"]["DecisionSummaryDto"][];
            deviceHash: string | null;
            edited: boolean;
            externalId: string;
            folded: boolean;
            history: components["schemas"]["RevisionViewDto"][];
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The import (GET /v1/imports/:id) that brought this review in
             */
            importId: string | null;
            incentiveType: string | null;
            incentivized: boolean;
            /**
             * @description 'import' for history sent through bulk import mode
             * @enum {string}
             */
            intakeMode: "live" | "import";
            ipHash: string | null;
            /** @enum {string} */
            kind: "review" | "question" | "answer" | "comment" | "photo_caption";
            /** @description Language the channel declared */
            language: string | null;
            mediaUrls: string[];
            /** Format: uuid */
            merchantId: string;
            orderRef: string | null;
            parentId: string | null;
            /** Format: uuid */
            productId: string;
            purchaseId: string | null;
            rating: number | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: uuid */
            reviewerId: string;
            revision: number;
            status: string;
            /** Format: date-time */
            submittedAt: string;
            title: string | null;
            verification: string;
            version: number;
        };
        ChannelView: {
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            type: "web" | "app" | "mini_program" | "social" | "live_stream" | "offline" | "marketplace_import" | "other";
        };
        ClaimItemsDto: {
            count: number;
            filters?: components["schemas"]["QueueFilterDto"];
        };
        ClaimResult: {
            items: components["schemas"]["QueueItemView"][];
            leaseSeconds: number;
        };
        ComplaintResult: {
            /** @description True when this (channel, externalId) was already recorded with the same content (200, nothing written) */
            duplicate: boolean;
            /** Format: uuid */
            id: string;
        };
        CreateApiKeyDto: {
            /** @description Origins (`https://shop.example`) a publishable key may be used from; CORS answers only these. */
            allowedOrigins?: string[];
            /** @description Bucket size (requests allowed at once); default twice rateLimitPerSecond. */
            burst?: number;
            /** Format: uuid */
            channelId?: string;
            /** @description Default three times ipRateLimitPerSecond. */
            ipBurst?: number;
            /** @description Publishable keys: per client IP limit, requests/s (default 20, burst 60). */
            ipRateLimitPerSecond?: number;
            label: string;
            /** Format: uuid */
            merchantId?: string;
            /**
             * Format: uuid
             * @description Issue the key to an existing principal (the same person's second key); omitted: a new principal.
             */
            principalId?: string;
            /** @description Storefront only: a `cnd_pk_…` key safe to ship in a web page: read-only, usable only from allowedOrigins. */
            publishable?: boolean;
            /** @description Own limit for this key, requests/s per API process. Defaults: storefront server keys 5,000/s (burst 10,000), publishable keys 1,000/s, other roles RATE_LIMIT_PER_SECOND (200/s). */
            rateLimitPerSecond?: number;
            /** @enum {string} */
            role: "admin" | "moderator" | "merchant" | "storefront" | "channel";
            /** @description Senior moderator: may claim and decide escalated moderation items (moderator and admin keys only). */
            senior?: boolean;
        };
        CreateChannelDto: {
            code: string;
            name: string;
            /** @enum {string} */
            type: "web" | "app" | "mini_program" | "social" | "live_stream" | "offline" | "marketplace_import" | "other";
        };
        CreateChannelListingDto: {
            channel: string;
            externalSku: string;
            /** Format: uuid */
            productId: string;
        };
        CreateComplaintDto: {
            /** @enum {string} */
            category?: "quality" | "logistics" | "after_sales" | "customer_service" | "price" | "description_accuracy" | "authenticity" | "other";
            /** @description Required with an admin key; a channel key sends for its own channel (may omit it) */
            channelId?: string;
            /**
             * @description The channel's own id for the complaint; a resend with the same id is a duplicate
             * @example cs-ticket-8812
             */
            externalId: string;
            /** @description When the shopper complained (ISO 8601); defaults to receipt. Counted on this UTC day */
            occurredAt?: string;
            /** @description The channel's order reference, if the complaint is about an order */
            orderRef?: string;
            productId: string;
        };
        CreatedApiKeyView: {
            allowedOrigins: string[];
            burst: number | null;
            /** Format: uuid */
            channelId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            ipBurst: number | null;
            ipRateLimitPerSecond: number | null;
            /**
             * @description The full key; shown only in this answer
             * @example cnd_0a1b2c3d4e5f_R2V0IHlvdXIgb3duIGtleSwgdGhpcyBpcyBhbiBleGFtcGxl
             */
            key: string;
            label: string;
            /** Format: uuid */
            merchantId: string | null;
            prefix: string;
            /** Format: uuid */
            principalId: string;
            publishable: boolean;
            /** @description null: the role's documented default. */
            rateLimitPerSecond: number | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @enum {string} */
            role: "admin" | "moderator" | "merchant" | "storefront" | "channel";
            senior: boolean;
        };
        CreatedWebhookView: {
            /** Format: uuid */
            channelId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            merchantId: string | null;
            /** @enum {string} */
            ownerType: "merchant" | "storefront" | "channel";
            /**
             * @description Signing secret; shown only in this answer
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /**
             * @example [
             *       "review.published"
             *     ]
             */
            topics: ("review.published" | "review.folded" | "review.removed" | "response.published" | "response.edited" | "response.held" | "response.rejected" | "notice.author")[];
            /**
             * @description The target URL, credentials removed
             * @example https://shop.example.com/hooks/candor
             */
            url: string;
        };
        CreateMerchantDto: {
            name: string;
            slug: string;
        };
        CreateProductDto: {
            /** Format: uuid */
            merchantId: string;
            name: string;
            sku: string;
        };
        CreatePurchaseDto: {
            channel?: string;
            orderRef: string;
            /** Format: uuid */
            productId?: string;
            /** Format: date-time */
            purchasedAt: string;
            reviewer: components["schemas"]["ReviewerDto"];
            sku?: string;
        };
        CreateResponseDto: {
            body: string;
            /**
             * @default public
             * @enum {string}
             */
            visibility?: "public" | "private";
        };
        CreateReviewDto: {
            body: string;
            channel?: string;
            deviceId?: string;
            externalId: string;
            incentive?: components["schemas"]["IncentiveDto"];
            /** @description The review was solicited through this invitation (disclosed as `invitation`). */
            invitationId?: string;
            ip?: string;
            language?: string;
            mediaUrls?: string[];
            /** @description Checked against reported purchases server-side; never taken as proof on its own. */
            orderRef?: string;
            /** Format: uuid */
            productId?: string;
            rating: number;
            reviewer: components["schemas"]["ReviewerDto"];
            sku?: string;
            /** Format: date-time */
            submittedAt?: string;
            title?: string;
        };
        CreateUgcDto: {
            body: string;
            channel?: string;
            deviceId?: string;
            externalId: string;
            ip?: string;
            /** @enum {string} */
            kind: "question" | "answer" | "comment" | "photo_caption";
            language?: string;
            mediaUrls?: string[];
            /** Format: uuid */
            parentId?: string;
            /** Format: uuid */
            productId?: string;
            reviewer: components["schemas"]["ReviewerDto"];
            sku?: string;
            /** Format: date-time */
            submittedAt?: string;
        };
        CreateWebhookDto: {
            /**
             * Format: uuid
             * @description Admin only: register for this channel (author notices); neither: a storefront webhook
             */
            channelId?: string;
            /**
             * Format: uuid
             * @description Admin only: register for this merchant
             */
            merchantId?: string;
            /**
             * @example [
             *       "review.published",
             *       "review.removed"
             *     ]
             */
            topics: ("review.published" | "review.folded" | "review.removed" | "response.published" | "response.edited" | "response.held" | "response.rejected" | "notice.author")[];
            /**
             * @description http(s) URL on a public address, without credentials (https in production)
             * @example https://shop.example.com/hooks/candor
             */
            url: string;
        };
        DecideAppealDto: {
            note?: string;
            /** @enum {string} */
            outcome: "uphold" | "overturn";
            version: number;
        };
        DecideItemDto: {
            /** @enum {string} */
            action: "approve" | "fold" | "hide" | "remove" | "escalate" | "request_edit";
            /** @description Also claim the caller's next best item in the same request; returned as `next` (null when the queue has nothing claimable). A refused decision claims nothing. */
            claimNext?: boolean;
            /** @description Queue filters for `claimNext` (same as the queue listing) */
            nextFilters?: components["schemas"]["QueueFilterDto"];
            /** @description Internal note for other moderators; kept in the decision record's facts */
            note?: string;
            /**
             * @description Required for fold, hide, remove and request_edit; `other` also needs `reasonText`
             * @enum {string}
             */
            reasonCode?: "spam" | "fake_or_not_genuine" | "incentivised_undisclosed" | "conflict_of_interest" | "off_topic" | "personal_data" | "abuse_harassment" | "illegal_content" | "duplicate" | "other";
            /** @description Shown to the author in the statement of reasons */
            reasonText?: string;
            /** @description The item version the moderator looked at; a newer one answers 409 STALE_VERSION */
            version: number;
        };
        DecisionRecordDto: {
            action: string;
            actorType: string;
            automated: boolean;
            /** Format: date-time */
            createdAt: string;
            facts: {
                [key: string]: unknown;
            };
            fromStatus: string | null;
            /** Format: uuid */
            id: string;
            reasonCode: string | null;
            redress: string | null;
            ruleSetVersion: string | null;
            toStatus: string;
        };
        DecisionRecordView: {
            action: string;
            actorType: string;
            automated: boolean;
            /** Format: date-time */
            createdAt: string;
            facts: {
                [key: string]: unknown;
            };
            fromStatus: string | null;
            /** Format: uuid */
            id: string;
            reasonCode: string | null;
            redress: string | null;
            ruleSetVersion: string | null;
            toStatus: string;
        };
        DecisionResult: {
            action: string;
            /** Format: uuid */
            decisionId: string;
            fromStatus: string;
            item: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            itemId: string;
            /** @description Only when the request asked for `claimNext`: the item now claimed for the caller, or null if none was free. */
            next?: components["schemas"]["QueueItemView"] | null;
            /** Format: uuid */
            reviewId: string;
            statementUrl: string;
            toStatus: string;
        };
        DecisionSummaryDto: {
            action: string;
            automated: boolean;
            /** Format: date-time */
            createdAt: string;
            fromStatus: string | null;
            /** Format: uuid */
            id: string;
            reasonCode: string | null;
            /** @description The text written for the author */
            reasonText: string | null;
            redress: string | null;
            toStatus: string;
        };
        DeliveryListView: {
            data: components["schemas"]["DeliveryView"][];
        };
        DeliveryView: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /** @description The cursor of the delivered event */
            eventCursor: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastAttemptAt: string | null;
            /**
             * @description Outcome class of the last failed attempt (http_4xx, http_5xx, timeout, delivery_failed…)
             * @example http_5xx
             */
            lastError: string | null;
            /** @example 200 */
            lastStatusCode: number | null;
            replays: number;
            /** @enum {string} */
            state: "pending" | "succeeded" | "failed" | "cancelled";
            /** Format: uuid */
            webhookId: string;
        };
        DisclosureCollectionView: {
            incentives: string;
            invitations: string;
            sources: string;
        };
        DisclosureModerationView: {
            automated: string;
            deletion: string;
            eventTime: string;
            merchantReplies: string;
            /**
             * @example [
             *       "star rating",
             *       "sentiment"
             *     ]
             */
            neverDecidesPublication: string[];
            outcomes: string[];
            ruleSetHash: string;
            ruleSetVersion: string;
            statement: string;
            statementOfReasons: string;
            /** @description null when the active rules cannot be summarised this way */
            whatMayHold: components["schemas"]["HoldCriteriaView"] | null;
        };
        DisclosureRatingsView: {
            bayesianPrior: components["schemas"]["BayesianPriorView"];
            includes: string;
            recencyHalfLifeDays: number;
        };
        DisclosureVerificationView: {
            methods: components["schemas"]["VerificationMethodView"][];
            note: string;
        };
        DisclosureView: {
            collection: components["schemas"]["DisclosureCollectionView"];
            moderation: components["schemas"]["DisclosureModerationView"];
            ratings: components["schemas"]["DisclosureRatingsView"];
            /** @enum {number} */
            schemaVersion: 1;
            verification: components["schemas"]["DisclosureVerificationView"];
        };
        DryRunDto: {
            /**
             * @description How many of the most recently scored items to re-run
             * @default 200
             */
            limit?: number;
        };
        DryRunView: {
            /** @description Verdict counts under the candidate */
            candidate: Record<string, never>;
            candidateVersion: string;
            changed: number;
            /** @description Items whose verdict changes, by "from→to" */
            changes: Record<string, never>;
            /** @description Verdict counts under the active rules */
            current: Record<string, never>;
            currentVersion: string;
            items: number;
        };
        DuplicateMatch: {
            body: string;
            exact: boolean;
            rating: number | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: uuid */
            reviewId: string;
            sameAuthor: boolean;
            sameProduct: boolean;
            similarity: number;
            status: string;
            title: string | null;
        };
        EditResponseDto: {
            body: string;
        };
        EditReviewDto: {
            body?: string;
            mediaUrls?: string[];
            rating?: number;
            title?: string;
        };
        /**
         * @description The shape of every error answer (4xx and 5xx), from the global exception filter.
         * @example {
         *       "statusCode": 404,
         *       "code": "NOT_FOUND",
         *       "message": "No product 3f0c1a9e-2b4d-4c51-9a6e-1d2f3a4b5c6d",
         *       "requestId": "8d7e6f5a-4b3c-4d2e-9f1a-0b9c8d7e6f5a"
         *     }
         */
        ErrorBody: {
            /**
             * @description Stable machine-readable code (e.g. VALIDATION_FAILED, NOT_FOUND, RATE_LIMITED); switch on this, never on message
             * @example VALIDATION_FAILED
             */
            code: string;
            /** @description Code-specific structured data (e.g. the rejected fields, retryAfterSeconds) */
            details?: unknown;
            /**
             * @description Human-readable explanation; wording may change
             * @example rating must be an integer between 1 and 5
             */
            message: string;
            /**
             * @description Same as the x-request-id response header; quote it in support requests
             * @example 3f0c1a9e-2b4d-4c51-9a6e-1d2f3a4b5c6d
             */
            requestId: string;
            /**
             * @description The HTTP status, repeated
             * @example 400
             */
            statusCode: number;
        };
        EventPageView: {
            data: components["schemas"]["ExternalEventView"][];
            /**
             * @description Pass as `after` for the next page (the same value when nothing new)
             * @example 1042
             */
            nextCursor: string;
        };
        EvidenceSpanDto: {
            end: number;
            /** @description Code-point offset into the scored text (title, newline, body) */
            start: number;
            text: string;
        };
        ExternalEventView: {
            /**
             * @description Position in the event feed: pass as `after` to GET /v1/events to resume
             * @example 1042
             */
            cursor: string;
            /**
             * @description Type-specific payload. review.*: reviewId, productId, merchantId, status (review.removed adds reason: moderation | author_edit); response.*: responseId, reviewId, productId, merchantId, version, body, edited, at; notice.author: what the author is told. Review events add `review` and response events `response`: the resource as the receiver's GET showed it when the event was published, or null.
             * @example {
             *       "reviewId": "0190f1f0-7d3c-7a2b-9c1d-2e3f4a5b6c7d",
             *       "productId": "0190f1f0-7d3c-7a2b-9c1d-2e3f4a5b6c7e",
             *       "merchantId": "0190f1f0-7d3c-7a2b-9c1d-2e3f4a5b6c7f"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
            /**
             * @description 2: `data` also carries the resource snapshot (`data.review` / `data.response`, null when the receiver may not see it); the ids of 1 are unchanged.
             * @example 2
             * @enum {integer}
             */
            dataVersion: 2;
            /**
             * Format: uuid
             * @description Event id: deterministic, the same on every retry and replay; dedupe on it
             * @example 6f1d2c3b-4a59-8e7d-9c6b-5a4f3e2d1c0b
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-01-01T12:00:00.000Z
             */
            occurredAt: string;
            /**
             * @example review.published
             * @enum {string}
             */
            type: "review.published" | "review.folded" | "review.removed" | "response.published" | "response.edited" | "response.held" | "response.rejected" | "notice.author";
        };
        FlagReviewDto: {
            note?: string;
            /** @enum {string} */
            reasonCode: "spam" | "fake_or_not_genuine" | "incentivised_undisclosed" | "conflict_of_interest" | "off_topic" | "personal_data" | "abuse_harassment" | "illegal_content" | "duplicate" | "other";
        };
        FlagView: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** @description The moderator's decision once taken: action, decision time and public reason; never who decided or the internal note. */
            outcome: {
                [key: string]: unknown;
            } | null;
            reasonCode: string;
            /** Format: uuid */
            reviewId: string;
            /** @enum {string} */
            status: "open" | "actioned" | "dismissed" | "unrouted";
        };
        HandlingMinutesView: {
            median: number | null;
            p90: number | null;
        };
        HandlingTimesView: {
            holdToDecision: components["schemas"]["HandlingMinutesView"];
            receiptToDecision: components["schemas"]["HandlingMinutesView"];
        };
        HealthIndicatorsView: {
            database?: components["schemas"]["HealthIndicatorView"];
            queue?: components["schemas"]["QueueHealthView"];
        };
        HealthIndicatorView: {
            /** @description Why it is down */
            message?: string;
            /** @enum {string} */
            status: "up" | "down";
        };
        HealthView: {
            /** @description Every indicator */
            details: components["schemas"]["HealthIndicatorsView"];
            /** @description Indicators that are down */
            error?: components["schemas"]["HealthIndicatorsView"];
            /** @description Indicators that are up */
            info?: components["schemas"]["HealthIndicatorsView"];
            /** @enum {string} */
            status: "ok" | "error" | "shutting_down";
        };
        HelpfulVoteDto: {
            /** @example shopper-7f3a9c */
            shopper: string;
        };
        HelpfulVoteResultDto: {
            /** @example 3 */
            helpfulVotes: number;
            recorded: boolean;
            /** Format: uuid */
            reviewId: string;
        };
        HoldCriteriaView: {
            fakeScoreSignals: string[];
            /** @description Signal id → the value at which that signal alone holds a review */
            heldWhenASignalReaches: {
                [key: string]: number;
            };
            heldWhenTheFakeScoreReaches: number | null;
            /** @description Signals that only order the moderation queue (every rating- and sentiment-derived one) */
            priorityOnlySignals: string[];
            /** @description Policy violations in the text that withhold a review */
            withheldForPolicyViolations: string[];
        };
        ImportProgressView: {
            /** @description Every review of the import has a verdict. */
            done: boolean;
            held: number;
            /** Format: uuid */
            importId: string;
            /** @description Already acted on by moderators (folded, hidden, removed). */
            other: number;
            /** @description Not scored yet (received or scoring). */
            pending: number;
            published: number;
            /** @description Reviews the import stored. */
            total: number;
            withheld: number;
        };
        IncentiveDto: {
            /** @enum {string} */
            type: "free_product" | "discount" | "cashback" | "gift" | "sweepstakes" | "other";
        };
        IndicatorsView: {
            /** @description Same figures per channel, with a significance flag; empty for a single-channel scope. */
            channels: Record<string, never>[];
            /** @description Rollups include changes up to this instant (minus the job's small overlap). */
            dataAsOf: string | null;
            /** @description Churn and repeat purchase from the purchases channels report (distinct shoppers; not from the rollups). */
            loyalty: {
                [key: string]: unknown;
            };
            period: {
                [key: string]: unknown;
            };
            prior: {
                [key: string]: unknown;
            };
            scope: {
                [key: string]: unknown;
            };
            series: Record<string, never>[];
            summary: {
                [key: string]: unknown;
            };
            trend: {
                [key: string]: unknown;
            };
        };
        IntakeResult: {
            /** Format: uuid */
            id: string;
            reviewStatus: string;
            /** @enum {string} */
            status: "accepted" | "duplicate" | "edited";
        };
        ItemDetailView: {
            authorHistory: Record<string, never>[];
            decisions: components["schemas"]["DecisionRecordView"][];
            duplicates: components["schemas"]["DuplicateMatch"][];
            item: components["schemas"]["QueueItemView"];
            productContext: {
                [key: string]: unknown;
            };
            reports: components["schemas"]["ReportView"][];
            review: {
                [key: string]: unknown;
            };
            score: {
                [key: string]: unknown;
            } | null;
        };
        LatencyFiguresView: {
            count: number;
            medianSeconds: number | null;
            /** @description A percentile falls beyond the last histogram bound (over 30 days) */
            overflow: boolean;
            p90Seconds: number | null;
        };
        MeDto: {
            /**
             * Format: uuid
             * @description Set for, and only for, channel keys
             */
            channelId: string | null;
            /** Format: uuid */
            keyId: string;
            /**
             * Format: uuid
             * @description Set for, and only for, merchant keys
             */
            merchantId: string | null;
            /** @enum {string} */
            role: "admin" | "moderator" | "merchant" | "storefront" | "channel";
            /** @description Senior moderator (may decide escalated items) */
            senior: boolean;
        };
        MerchantAnalysisDto: {
            aspects: components["schemas"]["AspectFindingDto"][];
            declaredLanguage: string | null;
            /** @description null until scored */
            detectedLanguage: string | null;
            /** @description Revision the analysis was computed on */
            scoredRevision: number | null;
            sentiment: components["schemas"]["SentimentDto"] | null;
        };
        MerchantReviewListDto: {
            data: components["schemas"]["MerchantReviewListItemDto"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        MerchantReviewListItemDto: {
            answered: boolean;
            /**
             * @example [
             *       "logistics",
             *       "quality"
             *     ]
             */
            aspects: string[];
            /** @description Masked display name */
            author: string;
            body: string;
            channel: components["schemas"]["ChannelRefDto"];
            edited: boolean;
            flags: string[];
            /** Format: uuid */
            id: string;
            incentivized: boolean;
            language: string | null;
            /** @description Low stars or negative sentiment: routes attention, never publication */
            negative: boolean;
            /** Format: uuid */
            productId: string;
            rating: number | null;
            /** Format: date-time */
            receivedAt: string;
            response: components["schemas"]["ResponseRefDto"] | null;
            /**
             * @description null until scored
             * @enum {string|null}
             */
            sentiment: "positive" | "negative" | "mixed" | "neutral" | null;
            /** @description -1 (negative) .. 1 (positive); null until scored */
            sentimentScore: number | null;
            status: string;
            /** Format: date-time */
            submittedAt: string;
            title: string | null;
            verification: string;
        };
        MerchantReviewViewDto: {
            analysis: components["schemas"]["MerchantAnalysisDto"];
            /** @description Masked display name */
            author: string;
            body: string;
            channel: components["schemas"]["ChannelRefDto"];
            edited: boolean;
            folded: boolean;
            /** Format: uuid */
            id: string;
            incentiveType: string | null;
            incentivized: boolean;
            /**
             * @description 'import' for history sent through bulk import mode (consoles badge it)
             * @enum {string}
             */
            intakeMode: "live" | "import";
            /** @enum {string} */
            kind: "review" | "question" | "answer" | "comment" | "photo_caption";
            /** @description Language the channel declared */
            language: string | null;
            mediaUrls: string[];
            /** Format: uuid */
            merchantId: string;
            /** Format: uuid */
            productId: string;
            rating: number | null;
            /** Format: date-time */
            receivedAt: string;
            status: string;
            /** Format: date-time */
            submittedAt: string;
            title: string | null;
            verification: string;
        };
        MerchantStarParityView: {
            alert: boolean;
            byStar: components["schemas"]["StarLevelHoldRateView"][];
            /** Format: uuid */
            merchantId: string;
            tests: components["schemas"]["StarParityTestView"][];
        };
        MerchantView: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
        };
        ModerationStatsView: {
            /** @description Age of open and claimed items, from when they were queued. */
            ageSeconds: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            at: string;
            /** @description Decision mix and how often humans overturned automated holds, for decisions taken inside the period. */
            automation: {
                [key: string]: unknown;
            };
            breaches: {
                [key: string]: unknown;
            };
            period: {
                [key: string]: unknown;
            };
            queue: {
                [key: string]: unknown;
            };
            slaHours: number;
            /** @description Receipt of the review → first human decision, for first decisions taken inside the period. */
            timeToFirstDecisionSeconds: {
                [key: string]: unknown;
            };
        };
        OpenItemDto: {
            /** Format: uuid */
            reviewId: string;
        };
        OrderCountItemDto: {
            channelId: string;
            /** @description Complaints received outside reviews (customer service tickets) */
            complaints?: number;
            /** @example 2026-03-01 */
            day: string;
            orders: number;
            productId: string;
        };
        OrderCountsResult: {
            upserted: number;
        };
        OutcomeRatesView: {
            foldRate: number | null;
            holdRate: number | null;
            published: number;
            received: number;
            rejectRate: number | null;
            timeToPublish: components["schemas"]["LatencyFiguresView"];
        };
        PeriodView: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
        };
        ProductView: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            merchantId: string;
            name: string;
            sku: string;
        };
        PublicFoldReasonView: {
            /**
             * @description The decision reason code, or `policy` for a general one
             * @example duplicate
             */
            code: string;
            /** @example Folded: it repeats another review. */
            text: string;
        };
        PublicReviewViewDto: {
            /** @description Masked display name */
            author: string;
            body: string;
            channel: components["schemas"]["ChannelRefDto"];
            edited: boolean;
            folded: boolean;
            /** Format: uuid */
            id: string;
            incentiveType: string | null;
            incentivized: boolean;
            /** @enum {string} */
            kind: "review" | "question" | "answer" | "comment" | "photo_caption";
            /** @description Language the channel declared */
            language: string | null;
            mediaUrls: string[];
            /** Format: uuid */
            productId: string;
            rating: number | null;
            /** Format: date-time */
            submittedAt: string;
            title: string | null;
            verification: string;
        };
        PurchaseResult: {
            created: boolean;
            /** Format: uuid */
            id: string;
        };
        PutOrderCountsDto: {
            items: components["schemas"]["OrderCountItemDto"][];
        };
        QueueFilterDto: {
            /** Format: uuid */
            channelId?: string;
            escalated?: boolean;
            /** @description BCP 47 primary tag or full tag: `zh` matches `zh-CN`. */
            language?: string;
            maxPriority?: number;
            /** Format: uuid */
            merchantId?: string;
            minAgeMinutes?: number;
            minPriority?: number;
            /** Format: uuid */
            productId?: string;
            /** @description A scoring reason code on the item (e.g. `near_duplicate`), or `reported`. */
            reasonCode?: string;
            /** @description A signal id that fired (non-zero contribution) in the review's current score, e.g. `burst_product`. */
            signal?: string;
        };
        QueueHealthView: {
            /** @description Why it is down */
            message?: string;
            /** @description Outbox rows not yet relayed to the queue */
            outboxBacklog?: number;
            /** @description Age of the oldest of them */
            outboxOldestSeconds?: number;
            /** @description Score jobs by state: waiting, active, delayed, failed */
            score?: {
                [key: string]: number;
            };
            /** @enum {string} */
            status: "up" | "down";
        };
        QueueItemView: {
            ageSeconds: number;
            claimedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** @description Priority with product exposure and waiting time: the queue order */
            effectivePriority: number;
            escalated: boolean;
            fakeScore: number;
            /** Format: uuid */
            id: string;
            /**
             * @description The latest score's signal with the largest contribution (weight × normalised value); null when none raised the score.
             * @example incentive_undisclosed
             */
            leadingSignal: string | null;
            /** Format: date-time */
            leaseUntil: string | null;
            priority: number;
            productExposure: number;
            reasonCodes: string[];
            reportCount: number;
            /** @description Reason codes given by the reports and merchant flags that raised the item (details: the item's `reports`). */
            reportReasons: string[];
            review: components["schemas"]["QueueReviewView"];
            /** Format: uuid */
            reviewId: string;
            source: string;
            /**
             * @description `claimed` only while the lease runs: an expired claim is shown (and claimable) as `open`.
             * @enum {string}
             */
            state: "open" | "claimed" | "decided";
            version: number;
        };
        QueuePage: {
            items: components["schemas"]["QueueItemView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        QueueReviewView: {
            channelCode: string;
            /** Format: uuid */
            channelId: string;
            channelName: string;
            /** @description The first 280 characters of the body */
            excerpt: string;
            /**
             * @description 'import' for history sent through bulk import mode (the console badges it)
             * @enum {string}
             */
            intakeMode: "live" | "import";
            language: string | null;
            /** Format: uuid */
            merchantId: string;
            merchantName: string;
            /** Format: uuid */
            productId: string;
            productName: string;
            rating: number | null;
            /**
             * Format: date-time
             * @description When Candor received it (the SLA clock)
             */
            receivedAt: string;
            status: string;
            /**
             * Format: date-time
             * @description When the shopper wrote it (event time)
             */
            submittedAt: string;
            title: string | null;
        };
        RatingDocumentView: {
            /**
             * @description Changes whenever a counted rating changes
             * @example 12
             */
            aggregateVersion: string;
            /** @description Shrunk toward the platform mean (see formula); null without ratings */
            bayesianAverage: number | null;
            /** @description Published and folded ratings from every channel */
            count: number;
            distribution: components["schemas"]["StarDistributionView"];
            formula: components["schemas"]["RatingFormulaView"];
            incentivizedCount: number;
            /** @description schema.org AggregateRating; null without ratings */
            jsonLd: components["schemas"]["AggregateRatingJsonLdView"] | null;
            /** @example 4.33 */
            mean: number | null;
            note: string;
            /** Format: uuid */
            productId: string;
            recencyWeightedAverage: number | null;
            verified: components["schemas"]["VerifiedRatingView"];
        };
        RatingFormulaParametersView: {
            halfLifeDays: number;
            priorMean: number;
            priorWeight: number;
            recencyTime: string;
            verifiedMeans: string;
        };
        RatingFormulaView: {
            bayesianAverage: string;
            mean: string;
            parameters: components["schemas"]["RatingFormulaParametersView"];
            recencyWeightedAverage: string;
        };
        RatingOutcomeRatesView: {
            foldRate: number | null;
            holdRate: number | null;
            published: number;
            rating: number;
            received: number;
            rejectRate: number | null;
            timeToPublish: components["schemas"]["LatencyFiguresView"];
        };
        RefreshResult: {
            jobId: string;
            state: string;
        };
        RefreshRollupsDto: {
            /** @description Force-rebuild this range as well as the changed days */
            from?: string;
            to?: string;
        };
        ReporterView: {
            /** @description Upheld ÷ resolved with a Beta(2,2) prior: the weight the next report gets. */
            accuracy: number;
            /** @description Rejected ÷ resolved; null before any report was resolved. */
            invalidFlagRate: number | null;
            /** Format: uuid */
            merchantId: string | null;
            open: number;
            rejected: number;
            reporterRef: string;
            reports: number;
            role: string;
            upheld: number;
        };
        ReportResult: {
            /** @description false when this reporter already had an open report on the review (nothing new was counted). */
            created: boolean;
            item: {
                [key: string]: unknown;
            };
            report: components["schemas"]["ReportView"];
        };
        ReportReviewDto: {
            note?: string;
            /** @enum {string} */
            reasonCode: "spam" | "fake_or_not_genuine" | "incentivised_undisclosed" | "conflict_of_interest" | "off_topic" | "personal_data" | "abuse_harassment" | "illegal_content" | "duplicate" | "other";
            /** @description Storefronts: a stable pseudonymous id of the shopper, so accuracy is tracked per shopper. */
            shopperRef?: string;
        };
        ReportView: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            reasonCode: string;
            reporterRole: string;
            /** Format: date-time */
            resolvedAt: string | null;
            /** Format: uuid */
            reviewId: string;
            state: string;
            weight: number;
        };
        RescoreJobView: {
            /** @description On POST only: true when these rules already ran and nothing new started */
            alreadyRan?: boolean;
            failedReason: string | null;
            jobId: string;
            /** @description Items re-scored so far (null before the worker starts) */
            progress: {
                changed?: number;
                done?: number;
                lastId?: string | null;
                percent?: number;
                total?: number;
            } | null;
            ruleSetHash: string;
            ruleSetVersion: string;
            state: string;
            /**
             * @description On POST only: what asking did (see RescoreStartStatus)
             * @enum {string}
             */
            status?: "started" | "running" | "alreadyRan" | "retried";
        };
        ResponseDecisionDto: {
            /** @enum {string} */
            decision: "approve" | "reject";
            note?: string;
            reasonCode?: string;
        };
        ResponseRefDto: {
            /** Format: uuid */
            id: string;
            state: string;
        };
        ResponseView: {
            /** Format: date-time */
            createdAt: string;
            currentVersion: number;
            edited: boolean;
            /** @description Findings on the latest version when it is held or rejected. */
            holdReasons: Record<string, never>[];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description The text the public (or the author) sees, if any. */
            publishedBody: string | null;
            publishedVersion: number | null;
            /** Format: uuid */
            reviewId: string;
            state: string;
            /** Format: date-time */
            updatedAt: string;
            versions: Record<string, never>[];
            visibility: string;
        };
        ReviewedProductJsonLdView: {
            /** @enum {string} */
            "@type": "Product";
            name: string;
            /** Format: uuid */
            productID: string;
            sku: string;
        };
        ReviewerDto: {
            /** Format: date-time */
            accountCreatedAt?: string;
            displayName?: string;
            externalId: string;
        };
        ReviewFiltersView: {
            /** @description Canonical aspect (`delivery` is listed as `logistics`) */
            aspect?: string;
            /** @enum {string} */
            aspectPolarity?: "positive" | "negative" | "neutral";
            hasMedia?: boolean;
            /** @description Lower-cased language tag */
            language?: string;
            /** @description Ascending, without repeats */
            stars?: number[];
            verified?: boolean;
        };
        ReviewPageView: {
            /** @description Published reviews first, folded ones last */
            data: components["schemas"]["StorefrontReviewView"][];
            filters: components["schemas"]["ReviewFiltersView"];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            /** Format: uuid */
            productId: string;
            /**
             * @description The sort applied (former names are given as their current one)
             * @enum {string}
             */
            sort: "newest" | "oldest" | "rating_desc" | "rating_asc" | "helpful";
            /** @description Reviews matching the filters, on every page */
            total: number;
        };
        RevisionViewDto: {
            body: string;
            mediaUrls: string[];
            rating: number | null;
            revision: number;
            /** Format: date-time */
            supersededAt: string;
            title: string | null;
        };
        RollupStatusView: {
            lastDays: number;
            /** Format: date-time */
            lastFinishedAt: string | null;
            /** Format: date-time */
            lastStartedAt: string | null;
            progress: number;
            watermark: string | null;
        };
        RuleSetActivation: {
            rescore: components["schemas"]["RescoreJobView"];
            version: components["schemas"]["RuleSetVersionView"];
        };
        RuleSetCandidateDto: {
            /** @description Lexicons by file base name; omitted = the active version's */
            lexicons?: {
                [key: string]: unknown;
            };
            /** @description The content of ruleset.yaml, as JSON */
            ruleset: {
                [key: string]: unknown;
            };
        };
        RuleSetHoldAccuracyView: {
            approvalRate: number | null;
            /** @description A human published it: the hold was overturned */
            approved: number;
            decided: number;
            ruleSetVersion: string;
            upheld: number;
        };
        RuleSetValidation: {
            /** @description "path: problem" for every problem; empty when valid */
            errors: string[];
            hash: string;
            valid: boolean;
            version: string | null;
            /** @description Lint: legal but probably unintended (same content as a stored version, reused version string…) */
            warnings: string[];
        };
        RuleSetVersionView: {
            /** Format: date-time */
            activatedAt: string | null;
            activatedBy: string | null;
            active: boolean;
            /** @description Principal id of the admin, or moderation-rules/ for the committed files */
            author: string;
            /** Format: date-time */
            createdAt: string;
            hash: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            source: "files" | "api";
            version: string;
        };
        SentimentDto: {
            /** @description 0..1 */
            confidence: number;
            /** @enum {string} */
            label: "positive" | "negative" | "mixed" | "neutral";
            /** @description -1 (negative) .. 1 (positive) */
            score: number;
        };
        SentimentGroupsView: {
            negative: components["schemas"]["OutcomeRatesView"];
            positive: components["schemas"]["OutcomeRatesView"];
        };
        SentimentOutcomeRatesView: {
            foldRate: number | null;
            holdRate: number | null;
            published: number;
            received: number;
            rejectRate: number | null;
            sentiment: string;
            timeToPublish: components["schemas"]["LatencyFiguresView"];
        };
        SignalHoldAccuracyView: {
            approvalRate: number | null;
            /** @description A human published it: the hold was overturned */
            approved: number;
            decided: number;
            signal: string;
            upheld: number;
        };
        SignalViewDto: {
            contribution: number;
            id: string;
            reason: string;
            value: number;
            weight: number;
        };
        StaffAnalysisDto: {
            aspects: components["schemas"]["AspectFindingDto"][];
            declaredLanguage: string | null;
            /** @description null until scored */
            detectedLanguage: string | null;
            /** @description 0..1 */
            fakeScore: number | null;
            ruleSetVersion: string | null;
            /** @description Revision the analysis was computed on */
            scoredRevision: number | null;
            sentiment: components["schemas"]["SentimentDto"] | null;
            signals: components["schemas"]["SignalViewDto"][];
        };
        StaffReviewViewDto: {
            analysis: components["schemas"]["StaffAnalysisDto"];
            /** @description Masked display name */
            author: string;
            body: string;
            channel: components["schemas"]["ChannelRefDto"];
            decisions: components["schemas"]["DecisionRecordDto"][];
            deviceHash: string | null;
            edited: boolean;
            externalId: string;
            folded: boolean;
            history: components["schemas"]["RevisionViewDto"][];
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The import (GET /v1/imports/:id) that brought this review in
             */
            importId: string | null;
            incentiveType: string | null;
            incentivized: boolean;
            /**
             * @description 'import' for history sent through bulk import mode
             * @enum {string}
             */
            intakeMode: "live" | "import";
            ipHash: string | null;
            /** @enum {string} */
            kind: "review" | "question" | "answer" | "comment" | "photo_caption";
            /** @description Language the channel declared */
            language: string | null;
            mediaUrls: string[];
            /** Format: uuid */
            merchantId: string;
            orderRef: string | null;
            parentId: string | null;
            /** Format: uuid */
            productId: string;
            purchaseId: string | null;
            rating: number | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: uuid */
            reviewerId: string;
            revision: number;
            status: string;
            /** Format: date-time */
            submittedAt: string;
            title: string | null;
            verification: string;
            version: number;
        };
        StarDistributionView: {
            /** @description 1★ ratings */
            1: number;
            2: number;
            3: number;
            4: number;
            /** @description 5★ ratings */
            5: number;
        };
        StarHoldRateView: {
            held: number;
            holdRate: number | null;
            received: number;
        };
        StarLevelHoldRateView: {
            held: number;
            holdRate: number | null;
            rating: number;
            received: number;
        };
        StarParityAuditView: {
            alert: boolean;
            merchants: components["schemas"]["MerchantStarParityView"][];
            /** @description Significance of each test: alpha / tests per merchant */
            testAlpha: number;
        };
        StarParityTestView: {
            alert: boolean;
            difference: number | null;
            high: components["schemas"]["StarHoldRateView"];
            insufficient: boolean;
            low: components["schemas"]["StarHoldRateView"];
            pValue: number | null;
            /**
             * @description The lower-star group, compared with 4–5★
             * @enum {string}
             */
            stars: "1" | "2" | "3" | "1-2";
        };
        StatementView: {
            /** @example fold */
            action: string;
            appealable: boolean;
            /**
             * Format: date-time
             * @description Six months after the decision
             */
            appealDeadline: string | null;
            /** @description Taken by automated means (rules) rather than a person */
            automated: boolean;
            /** Format: date-time */
            decidedAt: string;
            /** Format: uuid */
            decisionId: string;
            /** @description What the decision means for the review, in plain words */
            outcome: string;
            reason: string | null;
            /** @example duplicate */
            reasonCode: string | null;
            /** @description How to seek redress */
            redress: string | null;
            /** Format: uuid */
            reviewId: string;
            /** @description The whole statement as text */
            text: string;
        };
        StorefrontChannelView: {
            /** @example web */
            code: string;
            /** @example web */
            type: string;
        };
        StorefrontLabelsView: {
            incentiveType: string | null;
            incentivized: boolean;
            /** @description verification is invitation */
            invited: boolean;
            /** @description verification is order_match */
            verifiedPurchase: boolean;
        };
        StorefrontReplyBodyView: {
            body: string;
            /** @description Published more than once */
            edited: boolean;
            /** Format: date-time */
            publishedAt: string;
        };
        StorefrontReviewView: {
            author: string;
            body: string;
            channel: components["schemas"]["StorefrontChannelView"];
            edited: boolean;
            folded: boolean;
            /** @description Why it is folded, in public words; null when it is not folded. */
            foldReason: components["schemas"]["PublicFoldReasonView"] | null;
            helpfulVotes: number;
            /** Format: uuid */
            id: string;
            labels: components["schemas"]["StorefrontLabelsView"];
            language: string | null;
            mediaUrls: string[];
            /** @description The merchant's published public reply; null when there is none */
            merchantResponse: components["schemas"]["StorefrontReplyBodyView"] | null;
            rating: number | null;
            /** Format: date-time */
            submittedAt: string;
            title: string | null;
            verification: string;
        };
        SuppressionAuditReportView: {
            alert: boolean;
            byRating: components["schemas"]["RatingOutcomeRatesView"][];
            bySentiment: components["schemas"]["SentimentOutcomeRatesView"][];
            config: components["schemas"]["AuditConfigView"];
            groups: components["schemas"]["SentimentGroupsView"];
            period: components["schemas"]["PeriodView"];
            scope: components["schemas"]["AuditScopeView"];
            starParity: components["schemas"]["StarParityAuditView"];
            tests: components["schemas"]["AuditTestView"][];
        };
        TransparencyAppealsView: {
            decided: number;
            open: number;
            overturned: number;
            overturnRate: number | null;
            received: number;
            upheld: number;
        };
        TransparencyDecisionsView: {
            automated: number;
            automatedShare: number | null;
            /** @description Action → decisions */
            byAction: {
                [key: string]: number;
            };
            /** @description Reason code → decisions */
            byReasonCode: {
                [key: string]: number;
            };
            folded: number;
            held: number;
            human: number;
            published: number;
            removedOrHidden: number;
            total: number;
            withheld: number;
        };
        TransparencyItemsView: {
            /** @description Content kind → items received */
            byKind: {
                [key: string]: number;
            };
            /** @description Status now → items received in the period */
            currentStatus: {
                [key: string]: number;
            };
            received: number;
        };
        TransparencyNoticesView: {
            /** @description Reason code → notices */
            byReasonCode: {
                [key: string]: number;
            };
            open: number;
            received: number;
            rejected: number;
            upheld: number;
        };
        TransparencyReportView: {
            appeals: components["schemas"]["TransparencyAppealsView"];
            automatedHolds: components["schemas"]["AutomatedHoldsView"];
            decisions: components["schemas"]["TransparencyDecisionsView"];
            /** Format: date-time */
            generatedAt: string;
            handlingMinutes: components["schemas"]["HandlingTimesView"];
            items: components["schemas"]["TransparencyItemsView"];
            notices: components["schemas"]["TransparencyNoticesView"];
            period: components["schemas"]["PeriodView"];
        };
        VerificationMethodView: {
            /** @enum {string} */
            id: "order_match" | "invitation" | "none";
            /** @example Verified purchase */
            label: string;
            meaning: string;
        };
        VerifiedRatingView: {
            /** @example 4.5 */
            average: number | null;
            /** @description Ratings verified by an order match or an invitation */
            count: number;
            distribution: components["schemas"]["StarDistributionView"];
            /** @description Its own AggregateRating; null without verified ratings */
            jsonLd: components["schemas"]["AggregateRatingJsonLdView"] | null;
        };
        WebhookListView: {
            data: components["schemas"]["WebhookView"][];
        };
        WebhookView: {
            /** Format: uuid */
            channelId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            merchantId: string | null;
            /** @enum {string} */
            ownerType: "merchant" | "storefront" | "channel";
            /**
             * @example [
             *       "review.published"
             *     ]
             */
            topics: ("review.published" | "review.folded" | "review.removed" | "response.published" | "response.edited" | "response.held" | "response.rejected" | "notice.author")[];
            /**
             * @description The target URL, credentials removed
             * @example https://shop.example.com/hooks/candor
             */
            url: string;
        };
    };
    responses: {
        /** @description Bad input: malformed JSON, validation failure, unknown property (code tells which) */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Any other client error (404 not found, 409 conflict, 413 too large, 415 media type…) */
        ClientError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The key's role or scope does not allow this (or a publishable key from an origin it does not list) */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Rate limited; Retry-After says when to retry */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Server error: 503 (storage or intake temporarily unavailable, Retry-After set) or a generic 500 */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Missing, malformed, revoked or expired API key */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Database and queue up (terminus health check result) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthView"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["RateLimited"];
            /** @description A dependency is down: `{status: "error", info, error, details}` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ApiKeysController_list_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyView"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ApiKeysController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ApiKeysController_revoke_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ApiKeysController_rotate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    CatalogController_createListing_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChannelListingDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelListingView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    CatalogController_listChannels_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelView"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    CatalogController_createChannel_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChannelDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ReviewModerationController_decisionStatement_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    RatingsController_getDisclosure_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Machine-readable "how reviews are verified and moderated" disclosure (EU Omnibus) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    PublishingController_events_v1: {
        parameters: {
            query?: {
                /** @description The cursor of the last event seen (0 or absent: from the beginning) */
                after?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Events the key may see, oldest first after the cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPageView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ImportProgressController_progress_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportProgressView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    MeController_me_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ResponsesController_merchantList_v1: {
        parameters: {
            query?: {
                answered?: boolean;
                /** @description Only reviews tagged with this aspect */
                aspect?: string;
                channel?: string;
                cursor?: string;
                limit?: number;
                /** @description Admin/moderator: whose reviews (merchant keys are always their own). */
                merchantId?: string;
                negative?: boolean;
                /** @description Only reviews with this sentiment label (routes attention, never publication) */
                sentiment?: "positive" | "negative" | "mixed" | "neutral";
                /** @description sentiment_asc: most negative first; sentiment_desc: most positive first (unscored reviews last in both) */
                sort?: "recent" | "unanswered_first" | "negative_first" | "sentiment_asc" | "sentiment_desc";
                status?: "received" | "scoring" | "published" | "held" | "withheld" | "folded" | "hidden" | "removed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantReviewListDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    CatalogController_listMerchants_v1: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantView"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    CatalogController_createMerchant_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMerchantDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    CatalogController_getMerchant_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    CatalogController_listProducts_v1: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ModerationAppealsController_list_v1: {
        parameters: {
            query?: {
                assigned?: "mine" | "unassigned" | "any";
                limit?: number;
                offset?: number;
                state?: "open" | "claimed" | "decided";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ModerationAppealsController_claim_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ModerationAppealsController_release_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ModerationAppealsController_decide_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideAppealDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ModerationQueueController_claim_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimItemsDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ModerationQueueController_bulk_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDecideDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDecisionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ModerationQueueController_open_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenItemDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description The review already has an open item: that item */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueItemView"];
                };
            };
            /** @description Opened */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueItemView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ModerationQueueController_detail_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemDetailView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ModerationQueueController_claimOne_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueItemView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ModerationQueueController_release_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ModerationQueueController_decide_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideItemDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ModerationQueueController_list_v1: {
        parameters: {
            query?: {
                assigned?: "mine" | "unassigned" | "any";
                channelId?: string;
                /** @description Opaque `nextCursor` from the previous page. */
                cursor?: string;
                escalated?: boolean;
                /** @description BCP 47 primary tag or full tag: `zh` matches `zh-CN`. */
                language?: string;
                limit?: number;
                maxPriority?: number;
                merchantId?: string;
                minAgeMinutes?: number;
                minPriority?: number;
                productId?: string;
                /** @description A scoring reason code on the item (e.g. `near_duplicate`), or `reported`. */
                reasonCode?: string;
                /** @description A signal id that fired (non-zero contribution) in the review's current score, e.g. `burst_product`. */
                signal?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ModerationAppealsController_reporters_v1: {
        parameters: {
            query?: {
                limit?: number;
                role?: "merchant" | "storefront" | "admin";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReporterView"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ModerationAppealsController_getStats_v1: {
        parameters: {
            query?: {
                /** @description Period for time-to-first-decision and automation accuracy; default the last 7 days. */
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModerationStatsView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    CatalogController_createProduct_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    CatalogController_getProduct_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    CatalogController_listListings_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelListingView"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    RatingsController_rating_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Rating figures (Bayesian and plain average, distribution), verified-only figures and schema.org JSON-LD; strong ETag */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingDocumentView"];
                };
            };
            /** @description Not modified: If-None-Match matched the ETag (weak comparison) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    RatingsController_reviews_v1: {
        parameters: {
            query?: {
                /** @description Only reviews whose current score found this aspect; `delivery` means `logistics`. Unknown → 400 INVALID_ASPECT_FILTER */
                aspect?: "quality" | "logistics" | "packaging" | "size_fit" | "after_sales" | "customer_service" | "price" | "description_accuracy" | "authenticity" | "battery" | "sound" | "taste" | "delivery";
                /** @description Needs `aspect`: only reviews where that aspect has this polarity */
                aspectPolarity?: "positive" | "negative" | "neutral";
                /** @description nextCursor of the previous page; bound to the sort and filters */
                cursor?: string;
                hasMedia?: boolean;
                /** @description Matches the tag and its subtags (zh matches zh-CN) */
                language?: string;
                limit?: number;
                /** @description Folded reviews always come last */
                sort?: "newest" | "oldest" | "rating_desc" | "rating_asc" | "helpful" | "recent" | "rating";
                /** @description One star rating or a comma-separated set */
                stars?: string;
                verified?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description One page of published and folded reviews (folded last) with the total and nextCursor; strong ETag */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPageView"];
                };
            };
            /** @description Not modified: If-None-Match matched the ETag (weak comparison) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    IngestionController_createPurchase_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePurchaseDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    RatingsController_recompute_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Aggregates rebuilt from the reviews */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Products recomputed */
                        products: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ReputationController_complaint_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateComplaintDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Duplicate: already recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintResult"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ReputationController_indicators_v1: {
        parameters: {
            query: {
                /** @description Restrict a platform, merchant or product scope to one channel (merchant × channel, product × channel) */
                channelId?: string;
                /** @description First day (UTC), inclusive */
                from?: string;
                /** @description Merchant, product or channel id; merchants may omit it for their own scope */
                id?: string;
                scope: "platform" | "merchant" | "product" | "channel";
                /** @description Last day (UTC), inclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorsView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ReputationController_putOrderCounts_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutOrderCountsDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderCountsResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ReputationController_refresh_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRollupsDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ReputationController_status_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollupStatusView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ReputationController_suppressionAudit_v1: {
        parameters: {
            query?: {
                format?: "json" | "csv";
                /** @description First day (UTC), inclusive */
                from?: string;
                /** @description Omit for platform-wide (admin, moderator); merchants get their own */
                merchantId?: string;
                /** @description Last day (UTC), inclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Publication rates by star rating and sentiment per channel (FTC 16 CFR 465.7 parity audit); `format=csv` answers the same rows as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuppressionAuditReportView"];
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ReputationController_transparencyReport_v1: {
        parameters: {
            query?: {
                format?: "json" | "html";
                /** @description First day (UTC), inclusive */
                from?: string;
                /** @description Last day (UTC), inclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Periodic transparency report (DSA): decisions by reason, automation, appeals; `format=html` answers a printable page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransparencyReportView"];
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ResponsesController_list_v1: {
        parameters: {
            query: {
                limit?: number;
                state: "held" | "published" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ResponseView"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ResponsesController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ResponsesController_edit_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditResponseDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ResponsesController_decide_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponseDecisionDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    IngestionController_createReview_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReviewDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Already received (same channel and externalId): nothing changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeResult"];
                };
            };
            /** @description Accepted: stored and queued for scoring */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    IngestionController_bulkReviews_v1: {
        parameters: {
            query?: {
                mode?: "live" | "import";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReviewDto"][];
                "application/x-ndjson": components["schemas"]["CreateReviewDto"][];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Nothing new (duplicates or rejected items only); per-item outcomes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            /** @description At least one item accepted or edited; per-item outcomes */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    IngestionController_getReview_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Shaped by role: storefront → PublicReviewViewDto, merchant → MerchantReviewViewDto, channel → ChannelReviewViewDto, admin/moderator → StaffReviewViewDto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicReviewViewDto"] | components["schemas"]["MerchantReviewViewDto"] | components["schemas"]["ChannelReviewViewDto"] | components["schemas"]["StaffReviewViewDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    IngestionController_editReview_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditReviewDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ReviewModerationController_appeal_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppealDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ResponsesController_flags_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FlagView"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ResponsesController_flag_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlagReviewDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Already flagged by this merchant: the existing flag */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagView"];
                };
            };
            /** @description Flag recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    HelpfulVotesController_vote_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HelpfulVoteDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description This shopper had already voted; nothing changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpfulVoteResultDto"];
                };
            };
            /** @description The vote was recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpfulVoteResultDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ReviewModerationController_report_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportReviewDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description This reporter already has an open report on the review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResult"];
                };
            };
            /** @description Reported */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ResponsesController_forReview_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ResponseView"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ResponsesController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResponseDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    ReviewModerationController_reviewStatement_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    RescoreAdminController_start_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description These rules already ran: alreadyRan true and the completed job */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RescoreJobView"];
                };
            };
            /** @description Started, or joined the running job */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RescoreJobView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    RescoreAdminController_status_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RescoreJobView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    RuleSetsAdminController_list_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetVersionView"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    RuleSetsAdminController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleSetCandidateDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Same content already stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetVersionView"];
                };
            };
            /** @description Stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetVersionView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    RuleSetsAdminController_validate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleSetCandidateDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetValidation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    RuleSetsAdminController_activate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetActivation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    RuleSetsAdminController_dryRun_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DryRunDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DryRunView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    IngestionController_createUgc_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUgcDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Already received (same channel and externalId): nothing changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeResult"];
                };
            };
            /** @description Accepted: stored and queued for scoring */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    IngestionController_bulkUgc_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUgcDto"][];
                "application/x-ndjson": components["schemas"]["CreateUgcDto"][];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Nothing new (duplicates or rejected items only); per-item outcomes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            /** @description At least one item accepted or edited; per-item outcomes */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    PublishingController_list_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookListView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    PublishingController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description The webhook and its signing secret (shown once) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    PublishingController_remove_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Deleted; pending deliveries are cancelled */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    PublishingController_deliveries_v1: {
        parameters: {
            query?: {
                limit?: number;
                state?: "pending" | "succeeded" | "failed" | "cancelled";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryListView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    PublishingController_replay_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Delivery id */
                deliveryId: string;
                /** @description Webhook id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
            /** @description The delivery, queued again */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    webhook_notice_author: {
        parameters: {
            query?: never;
            header: {
                /** @description This delivery (one per webhook and event; retries keep it) */
                "Candor-Delivery-Id": string;
                /** @description The event id (same as body.id) */
                "Candor-Event-Id": string;
                /** @description The event type (same as body.type) */
                "Candor-Event-Type": string;
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>"> */
                "Candor-Signature": string;
                /** @description Standard Webhooks message id: the event id, stable across retries */
                "webhook-id": string;
                /** @description Standard Webhooks signature(s): space-separated `v1,<base64>` */
                "webhook-signature": string;
                /** @description Standard Webhooks timestamp, unix seconds */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalEventView"];
            };
        };
        responses: {
            /** @description Accepted: the delivery is recorded as succeeded */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer or a timeout: retried with exponential backoff */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_response_edited: {
        parameters: {
            query?: never;
            header: {
                /** @description This delivery (one per webhook and event; retries keep it) */
                "Candor-Delivery-Id": string;
                /** @description The event id (same as body.id) */
                "Candor-Event-Id": string;
                /** @description The event type (same as body.type) */
                "Candor-Event-Type": string;
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>"> */
                "Candor-Signature": string;
                /** @description Standard Webhooks message id: the event id, stable across retries */
                "webhook-id": string;
                /** @description Standard Webhooks signature(s): space-separated `v1,<base64>` */
                "webhook-signature": string;
                /** @description Standard Webhooks timestamp, unix seconds */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalEventView"];
            };
        };
        responses: {
            /** @description Accepted: the delivery is recorded as succeeded */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer or a timeout: retried with exponential backoff */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_response_held: {
        parameters: {
            query?: never;
            header: {
                /** @description This delivery (one per webhook and event; retries keep it) */
                "Candor-Delivery-Id": string;
                /** @description The event id (same as body.id) */
                "Candor-Event-Id": string;
                /** @description The event type (same as body.type) */
                "Candor-Event-Type": string;
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>"> */
                "Candor-Signature": string;
                /** @description Standard Webhooks message id: the event id, stable across retries */
                "webhook-id": string;
                /** @description Standard Webhooks signature(s): space-separated `v1,<base64>` */
                "webhook-signature": string;
                /** @description Standard Webhooks timestamp, unix seconds */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalEventView"];
            };
        };
        responses: {
            /** @description Accepted: the delivery is recorded as succeeded */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer or a timeout: retried with exponential backoff */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_response_published: {
        parameters: {
            query?: never;
            header: {
                /** @description This delivery (one per webhook and event; retries keep it) */
                "Candor-Delivery-Id": string;
                /** @description The event id (same as body.id) */
                "Candor-Event-Id": string;
                /** @description The event type (same as body.type) */
                "Candor-Event-Type": string;
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>"> */
                "Candor-Signature": string;
                /** @description Standard Webhooks message id: the event id, stable across retries */
                "webhook-id": string;
                /** @description Standard Webhooks signature(s): space-separated `v1,<base64>` */
                "webhook-signature": string;
                /** @description Standard Webhooks timestamp, unix seconds */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalEventView"];
            };
        };
        responses: {
            /** @description Accepted: the delivery is recorded as succeeded */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer or a timeout: retried with exponential backoff */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_response_rejected: {
        parameters: {
            query?: never;
            header: {
                /** @description This delivery (one per webhook and event; retries keep it) */
                "Candor-Delivery-Id": string;
                /** @description The event id (same as body.id) */
                "Candor-Event-Id": string;
                /** @description The event type (same as body.type) */
                "Candor-Event-Type": string;
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>"> */
                "Candor-Signature": string;
                /** @description Standard Webhooks message id: the event id, stable across retries */
                "webhook-id": string;
                /** @description Standard Webhooks signature(s): space-separated `v1,<base64>` */
                "webhook-signature": string;
                /** @description Standard Webhooks timestamp, unix seconds */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalEventView"];
            };
        };
        responses: {
            /** @description Accepted: the delivery is recorded as succeeded */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer or a timeout: retried with exponential backoff */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_review_folded: {
        parameters: {
            query?: never;
            header: {
                /** @description This delivery (one per webhook and event; retries keep it) */
                "Candor-Delivery-Id": string;
                /** @description The event id (same as body.id) */
                "Candor-Event-Id": string;
                /** @description The event type (same as body.type) */
                "Candor-Event-Type": string;
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>"> */
                "Candor-Signature": string;
                /** @description Standard Webhooks message id: the event id, stable across retries */
                "webhook-id": string;
                /** @description Standard Webhooks signature(s): space-separated `v1,<base64>` */
                "webhook-signature": string;
                /** @description Standard Webhooks timestamp, unix seconds */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalEventView"];
            };
        };
        responses: {
            /** @description Accepted: the delivery is recorded as succeeded */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer or a timeout: retried with exponential backoff */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_review_published: {
        parameters: {
            query?: never;
            header: {
                /** @description This delivery (one per webhook and event; retries keep it) */
                "Candor-Delivery-Id": string;
                /** @description The event id (same as body.id) */
                "Candor-Event-Id": string;
                /** @description The event type (same as body.type) */
                "Candor-Event-Type": string;
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>"> */
                "Candor-Signature": string;
                /** @description Standard Webhooks message id: the event id, stable across retries */
                "webhook-id": string;
                /** @description Standard Webhooks signature(s): space-separated `v1,<base64>` */
                "webhook-signature": string;
                /** @description Standard Webhooks timestamp, unix seconds */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalEventView"];
            };
        };
        responses: {
            /** @description Accepted: the delivery is recorded as succeeded */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer or a timeout: retried with exponential backoff */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_review_removed: {
        parameters: {
            query?: never;
            header: {
                /** @description This delivery (one per webhook and event; retries keep it) */
                "Candor-Delivery-Id": string;
                /** @description The event id (same as body.id) */
                "Candor-Event-Id": string;
                /** @description The event type (same as body.type) */
                "Candor-Event-Type": string;
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>"> */
                "Candor-Signature": string;
                /** @description Standard Webhooks message id: the event id, stable across retries */
                "webhook-id": string;
                /** @description Standard Webhooks signature(s): space-separated `v1,<base64>` */
                "webhook-signature": string;
                /** @description Standard Webhooks timestamp, unix seconds */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalEventView"];
            };
        };
        responses: {
            /** @description Accepted: the delivery is recorded as succeeded */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer or a timeout: retried with exponential backoff */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

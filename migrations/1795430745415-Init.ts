import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795430745415 implements MigrationInterface {
  name = 'Init1795430745415';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."organization_kind" AS ENUM('INTERMEDIARY', 'NONPROFIT', 'COMPANY', 'FUNDER')`);
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."organization_kind" NOT NULL, "name" character varying(200) NOT NULL, "country" character(2) NOT NULL, "languages" text array NOT NULL DEFAULT '{}', "website" character varying(500), "description" text NOT NULL DEFAULT '', "verified" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_organization_country" CHECK (country ~ '^[A-Z]{2}$'), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6adcbca2fe346f3f07750f4a40" ON "organization"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_5e8a930e7f3c2136ec1c430b9f" ON "organization"  ("country") `);
    await queryRunner.query(
      `CREATE TABLE "affiliation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "intermediary_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "vetted" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_affiliation_pair" UNIQUE ("intermediary_id", "organization_id"), CONSTRAINT "CHK_affiliation_distinct" CHECK (intermediary_id <> organization_id), CONSTRAINT "PK_faec2110a0fda4a0b7f93df6e6a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8cf9d4cf902b2538748b72ff03" ON "affiliation"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "password_hash" character varying(200) NOT NULL, "name" character varying(200) NOT NULL, "locale" character varying(10) NOT NULL DEFAULT 'en', "is_platform_admin" boolean NOT NULL DEFAULT false, "muted_notification_kinds" text array NOT NULL DEFAULT '{}', "password_changed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_user_email" UNIQUE ("email"), CONSTRAINT "CHK_user_email_lower" CHECK (email = lower(email)), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f0812282fad2e352cdaf83ef0a" ON "refresh_token"  ("token_hash") `);
    await queryRunner.query(
      `CREATE TYPE "public"."focus_area" AS ENUM('EDUCATION', 'HEALTH', 'TRUTHFUL_INFORMATION', 'POLITICS_ECONOMY', 'VULNERABLE_GROUPS', 'ENVIRONMENT', 'COMMUNITY_DEVELOPMENT', 'ARTS_CULTURE', 'HUMAN_RIGHTS', 'DISASTER_RELIEF', 'CHILDREN_YOUTH', 'ELDERLY_CARE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "funding_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "funder_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "focus_areas" "public"."focus_area" array NOT NULL DEFAULT '{}', "countries" text array NOT NULL DEFAULT '{}', "min_ticket" numeric(14,2) NOT NULL, "max_ticket" numeric(14,2) NOT NULL, "budget_total" numeric(14,2) NOT NULL, "budget_left" numeric(14,2) NOT NULL, "currency" character(3) NOT NULL DEFAULT 'EUR', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_funding_offer_currency" CHECK (currency ~ '^[A-Z]{3}$'), CONSTRAINT "CHK_funding_offer_budget" CHECK (budget_left >= 0 AND budget_left <= budget_total), CONSTRAINT "CHK_funding_offer_ticket" CHECK (min_ticket >= 0 AND min_ticket <= max_ticket), CONSTRAINT "PK_cb7ed42d926c6e3a1e1092f4c2a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e0f4cc07f026a01247f36e47b3" ON "funding_offer"  ("funder_id") `);
    await queryRunner.query(`CREATE TYPE "public"."matching_scope" AS ENUM('NEED', 'PROGRAM', 'INTERMEDIARY', 'ROLES', 'ALL')`);
    await queryRunner.query(`CREATE TYPE "public"."matching_trigger" AS ENUM('NEED_PUBLISHED', 'PROFILE_CHANGED', 'CURATOR', 'SCHEDULED')`);
    await queryRunner.query(`CREATE TYPE "public"."matching_run_status" AS ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')`);
    await queryRunner.query(
      `CREATE TABLE "matching_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "scope" "public"."matching_scope" NOT NULL, "scope_id" uuid, "trigger" "public"."matching_trigger" NOT NULL, "status" "public"."matching_run_status" NOT NULL DEFAULT 'QUEUED', "progress" smallint NOT NULL DEFAULT '0', "requested_by_id" uuid, "parameters" jsonb NOT NULL DEFAULT '{}', "counts" jsonb NOT NULL DEFAULT '{}', "timings" jsonb NOT NULL DEFAULT '{}', "error" text, "attempts" integer NOT NULL DEFAULT '0', "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_matching_run_scope_id" CHECK ((scope IN ('ALL', 'ROLES')) = (scope_id IS NULL)), CONSTRAINT "CHK_matching_run_progress" CHECK (progress BETWEEN 0 AND 100), CONSTRAINT "PK_68ac5fd0a1c9dd6f733c94bd4c4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_matching_run_status_created" ON "matching_run"  ("status", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "program" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "intermediary_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "starts_on" date, "ends_on" date, "requires_mentor" boolean NOT NULL DEFAULT false, "curation_required" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_program_dates" CHECK (ends_on IS NULL OR starts_on IS NULL OR starts_on <= ends_on), CONSTRAINT "PK_3bade5945afbafefdd26a3a29fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_60a08834c6d6d069e1317f64dc" ON "program"  ("intermediary_id") `);
    await queryRunner.query(
      `CREATE TABLE "skill" ("id" character varying(80) NOT NULL, "name" character varying(120) NOT NULL, "category" character varying(60) NOT NULL, "synonyms" text array NOT NULL DEFAULT '{}', CONSTRAINT "UQ_0f49a593960360f6f85b692aca8" UNIQUE ("name"), CONSTRAINT "CHK_skill_id_slug" CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_a0d33334424e64fb78dc3ce7196" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e5a17be1e8e11183678396adb7" ON "skill"  ("category") `);
    await queryRunner.query(
      `CREATE TABLE "need_role_skill" ("role_id" uuid NOT NULL, "skill_id" character varying(80) NOT NULL, "level" smallint NOT NULL, "weight" smallint NOT NULL DEFAULT '3', CONSTRAINT "CHK_need_role_skill_weight" CHECK (weight BETWEEN 1 AND 5), CONSTRAINT "CHK_need_role_skill_level" CHECK (level BETWEEN 1 AND 5), CONSTRAINT "PK_bcdee7d3e4d7b3889b2084b7d66" PRIMARY KEY ("role_id", "skill_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_48890390993efeead54b6a1d9f" ON "need_role_skill"  ("skill_id") `);
    await queryRunner.query(`CREATE TYPE "public"."role_kind" AS ENUM('VOLUNTEER', 'MENTOR', 'FUNDING')`);
    await queryRunner.query(
      `CREATE TABLE "need_role" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "kind" "public"."role_kind" NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "hours_per_month" integer NOT NULL DEFAULT '0', "seats" integer NOT NULL DEFAULT '1', "seats_filled" integer NOT NULL DEFAULT '0', "amount" numeric(14,2), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_need_role_amount" CHECK ((kind = 'FUNDING') = (amount IS NOT NULL) AND (amount IS NULL OR amount > 0)), CONSTRAINT "CHK_need_role_hours" CHECK (hours_per_month BETWEEN 0 AND 200), CONSTRAINT "CHK_need_role_seats_filled" CHECK (seats_filled BETWEEN 0 AND seats), CONSTRAINT "CHK_need_role_seats" CHECK (seats BETWEEN 1 AND 50), CONSTRAINT "PK_1e6b2b068841eff0ffd905df645" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_097b8fa627e094df396822dddb" ON "need_role"  ("need_id") `);
    await queryRunner.query(`CREATE TYPE "public"."need_status" AS ENUM('DRAFT', 'OPEN', 'STAFFED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')`);
    await queryRunner.query(
      `CREATE TABLE "need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "nonprofit_id" uuid NOT NULL, "program_id" uuid, "title" character varying(200) NOT NULL, "summary" text NOT NULL, "impact" text NOT NULL DEFAULT '', "focus_area" "public"."focus_area" NOT NULL, "country" character(2) NOT NULL, "language" character varying(8) NOT NULL, "remote" boolean NOT NULL DEFAULT true, "starts_on" date, "ends_on" date, "status" "public"."need_status" NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_need_country" CHECK (country ~ '^[A-Z]{2}$'), CONSTRAINT "CHK_need_dates" CHECK (ends_on IS NULL OR starts_on IS NULL OR starts_on <= ends_on), CONSTRAINT "PK_218b14514f334ee6f39954f86ba" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d04f4b0ae773dbf1ab26b410b3" ON "need"  ("nonprofit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4ef340ce2d0788d55034651655" ON "need"  ("program_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_36a4467f8b3d679f9397311be0" ON "need"  ("focus_area") `);
    await queryRunner.query(`CREATE INDEX "IDX_70a678bc0c4519138da7c39956" ON "need"  ("country") `);
    await queryRunner.query(`CREATE INDEX "IDX_need_status_created" ON "need"  ("status", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "mentor_skill" ("profile_id" uuid NOT NULL, "skill_id" character varying(80) NOT NULL, "level" smallint NOT NULL, CONSTRAINT "CHK_mentor_skill_level" CHECK (level BETWEEN 1 AND 5), CONSTRAINT "PK_a9b86677c34f6204b2a8a9bd7b7" PRIMARY KEY ("profile_id", "skill_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5fbedae864013ebf755865c25c" ON "mentor_skill"  ("skill_id") `);
    await queryRunner.query(
      `CREATE TABLE "mentor_profile" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "headline" character varying(200) NOT NULL DEFAULT '', "bio" text NOT NULL DEFAULT '', "languages" text array NOT NULL DEFAULT '{}', "country" character(2) NOT NULL, "time_zone" character varying(60) NOT NULL DEFAULT 'UTC', "hours_per_month" integer NOT NULL DEFAULT '4', "mentee_capacity" integer NOT NULL DEFAULT '1', "active_mentees" integer NOT NULL DEFAULT '0', "causes" "public"."focus_area" array NOT NULL DEFAULT '{}', "available" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b519596e3db231df39c562c3bca" UNIQUE ("user_id"), CONSTRAINT "REL_b519596e3db231df39c562c3bc" UNIQUE ("user_id"), CONSTRAINT "CHK_mentor_profile_country" CHECK (country ~ '^[A-Z]{2}$'), CONSTRAINT "CHK_mentor_profile_hours" CHECK (hours_per_month BETWEEN 0 AND 200), CONSTRAINT "CHK_mentor_profile_load" CHECK (active_mentees BETWEEN 0 AND mentee_capacity), CONSTRAINT "CHK_mentor_profile_capacity" CHECK (mentee_capacity BETWEEN 1 AND 20), CONSTRAINT "PK_66933f054f95521806eb6207681" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0669c083ed4688f2cd0efd2357" ON "mentor_profile"  ("country") `);
    await queryRunner.query(
      `CREATE TABLE "volunteer_skill" ("profile_id" uuid NOT NULL, "skill_id" character varying(80) NOT NULL, "level" smallint NOT NULL, CONSTRAINT "CHK_volunteer_skill_level" CHECK (level BETWEEN 1 AND 5), CONSTRAINT "PK_57c956637052e9343aae37357f4" PRIMARY KEY ("profile_id", "skill_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e823d0325fe695f573f85de3f8" ON "volunteer_skill"  ("skill_id") `);
    await queryRunner.query(
      `CREATE TABLE "volunteer_profile" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "employer_id" uuid, "headline" character varying(200) NOT NULL DEFAULT '', "bio" text NOT NULL DEFAULT '', "languages" text array NOT NULL DEFAULT '{}', "country" character(2) NOT NULL, "time_zone" character varying(60) NOT NULL DEFAULT 'UTC', "hours_per_month" integer NOT NULL DEFAULT '8', "max_concurrent_engagements" integer NOT NULL DEFAULT '1', "active_engagements" integer NOT NULL DEFAULT '0', "causes" "public"."focus_area" array NOT NULL DEFAULT '{}', "remote_ok" boolean NOT NULL DEFAULT true, "on_site_ok" boolean NOT NULL DEFAULT false, "available" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_cfafe8408513320df9f5215ab78" UNIQUE ("user_id"), CONSTRAINT "REL_cfafe8408513320df9f5215ab7" UNIQUE ("user_id"), CONSTRAINT "CHK_volunteer_profile_country" CHECK (country ~ '^[A-Z]{2}$'), CONSTRAINT "CHK_volunteer_profile_load" CHECK (active_engagements BETWEEN 0 AND max_concurrent_engagements), CONSTRAINT "CHK_volunteer_profile_capacity" CHECK (max_concurrent_engagements BETWEEN 1 AND 10), CONSTRAINT "CHK_volunteer_profile_hours" CHECK (hours_per_month BETWEEN 0 AND 200), CONSTRAINT "PK_33a3a098b211e5685669ae0647e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c59bac281d269731c5edf92a3a" ON "volunteer_profile"  ("employer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6ff1d34305da7c151d72350579" ON "volunteer_profile"  ("country") `);
    await queryRunner.query(
      `CREATE TYPE "public"."match_status" AS ENUM('PROPOSED', 'OFFERED', 'CONFIRMED', 'ACTIVE', 'COMPLETED', 'REJECTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN', 'CANCELLED')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."decline_reason" AS ENUM('NO_TIME', 'SKILLS_MISMATCH', 'NOT_INTERESTED', 'TIMING', 'LANGUAGE', 'FOUND_SOMEONE_ELSE', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "match" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "role_id" uuid NOT NULL, "need_id" uuid NOT NULL, "candidate_kind" "public"."role_kind" NOT NULL, "candidate_id" uuid NOT NULL, "volunteer_profile_id" uuid, "mentor_profile_id" uuid, "funding_offer_id" uuid, "status" "public"."match_status" NOT NULL DEFAULT 'PROPOSED', "score" double precision NOT NULL DEFAULT '0', "breakdown" jsonb NOT NULL DEFAULT '{}', "explanation" text NOT NULL DEFAULT '', "reasons" jsonb NOT NULL DEFAULT '[]', "manual" boolean NOT NULL DEFAULT false, "run_id" uuid, "nonprofit_accepted_at" TIMESTAMP WITH TIME ZONE, "candidate_accepted_at" TIMESTAMP WITH TIME ZONE, "offered_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "decline_reason" "public"."decline_reason", "status_note" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_match_score" CHECK (score BETWEEN 0 AND 1), CONSTRAINT "CHK_match_candidate" CHECK ((candidate_kind = 'VOLUNTEER' AND volunteer_profile_id IS NOT NULL AND mentor_profile_id IS NULL AND funding_offer_id IS NULL AND candidate_id = volunteer_profile_id)
   OR (candidate_kind = 'MENTOR' AND mentor_profile_id IS NOT NULL AND volunteer_profile_id IS NULL AND funding_offer_id IS NULL AND candidate_id = mentor_profile_id)
   OR (candidate_kind = 'FUNDING' AND funding_offer_id IS NOT NULL AND volunteer_profile_id IS NULL AND mentor_profile_id IS NULL AND candidate_id = funding_offer_id)), CONSTRAINT "PK_92b6c3a6631dd5b24a67c69f69d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_678894efdfd13601d9932cdba2" ON "match"  ("expires_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_match_need_status" ON "match"  ("need_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_match_candidate_status" ON "match"  ("candidate_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_match_role_status" ON "match"  ("role_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_match_open_pair" ON "match"  ("role_id", "candidate_id") WHERE status IN ('PROPOSED', 'OFFERED', 'CONFIRMED', 'ACTIVE')`);
    await queryRunner.query(`CREATE TYPE "public"."feedback_direction" AS ENUM('NONPROFIT_TO_CANDIDATE', 'CANDIDATE_TO_NONPROFIT')`);
    await queryRunner.query(
      `CREATE TABLE "feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid NOT NULL, "author_id" uuid NOT NULL, "direction" "public"."feedback_direction" NOT NULL, "rating" smallint NOT NULL, "comment" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_feedback_match_direction" UNIQUE ("match_id", "direction"), CONSTRAINT "CHK_feedback_rating" CHECK (rating BETWEEN 1 AND 5), CONSTRAINT "PK_8389f9e087a57689cd5be8b2b13" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."hours_status" AS ENUM('LOGGED', 'CONFIRMED', 'DISPUTED')`);
    await queryRunner.query(
      `CREATE TABLE "hours_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid NOT NULL, "user_id" uuid NOT NULL, "worked_on" date NOT NULL, "hours" numeric(6,2) NOT NULL, "note" text NOT NULL DEFAULT '', "status" "public"."hours_status" NOT NULL DEFAULT 'LOGGED', "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "dispute_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_hours_log_hours" CHECK (hours > 0 AND hours <= 300), CONSTRAINT "PK_9e9cfa45af6b8d841f19126eb76" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3d411e249eb3391f133900ba18" ON "hours_log"  ("match_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_de5bbe0897763782d69c3e4eac" ON "hours_log"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "match_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid NOT NULL, "actor_user_id" uuid, "action" character varying(40) NOT NULL, "from_status" "public"."match_status", "to_status" "public"."match_status" NOT NULL, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c1329cb9d3397d63a39a11f6af5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_match_event_match_created" ON "match_event"  ("match_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."membership_role" AS ENUM('ADMIN', 'MEMBER')`);
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" "public"."membership_role" NOT NULL DEFAULT 'MEMBER', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_membership_user_organization" UNIQUE ("user_id", "organization_id"), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_412ffe9391a352e8a4e3dc46f6" ON "membership"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "role" "public"."membership_role" NOT NULL DEFAULT 'MEMBER', "token_hash" character varying(64) NOT NULL, "invited_by_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_invitation_email_lower" CHECK (email = lower(email)), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_de7c148c7834d738ac7113f3dd" ON "invitation"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b827d3749ffbb3b5ab5099afd6" ON "invitation"  ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "network" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "region" character varying(100) NOT NULL DEFAULT 'Global', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_8152c1df5adc4846b705ddde6dd" UNIQUE ("name"), CONSTRAINT "PK_8f8264c2d37cbbd8282ee9a3c97" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "network_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_network_member" UNIQUE ("network_id", "organization_id"), CONSTRAINT "PK_ea950406ee62d4ba1a75a103a67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7331fd4d556d86eb21d3e8b167" ON "network_member"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('PROPOSAL_NEW', 'OFFER_NEW', 'MATCH_ACCEPTED', 'MATCH_DECLINED', 'MATCH_CONFIRMED', 'OFFER_EXPIRING', 'HOURS_TO_CONFIRM', 'MATCH_COMPLETED', 'INVITATION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL DEFAULT '', "data" jsonb NOT NULL DEFAULT '{}', "match_id" uuid, "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_notification_user_unread" ON "notification"  ("user_id") WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_user_created" ON "notification"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."program_participant_role" AS ENUM('COHORT', 'PARTNER_COMPANY', 'FUNDER')`);
    await queryRunner.query(
      `CREATE TABLE "program_participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" "public"."program_participant_role" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_program_participant" UNIQUE ("program_id", "organization_id"), CONSTRAINT "PK_8aaa9249bb21c7fccf9936dd887" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_66b89f583000b9caf7b188aa68" ON "program_participant"  ("organization_id") `);
    await queryRunner.query(
      `ALTER TABLE "affiliation" ADD CONSTRAINT "FK_c71e39ec38b729590f627f7e668" FOREIGN KEY ("intermediary_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "affiliation" ADD CONSTRAINT "FK_8cf9d4cf902b2538748b72ff03c" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_offer" ADD CONSTRAINT "FK_e0f4cc07f026a01247f36e47b37" FOREIGN KEY ("funder_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matching_run" ADD CONSTRAINT "FK_622bdf6fadaf7bb0923e311ca49" FOREIGN KEY ("requested_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "program" ADD CONSTRAINT "FK_60a08834c6d6d069e1317f64dcb" FOREIGN KEY ("intermediary_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_role_skill" ADD CONSTRAINT "FK_dca4230f1de004eac3f3c063ad1" FOREIGN KEY ("role_id") REFERENCES "need_role"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_role_skill" ADD CONSTRAINT "FK_48890390993efeead54b6a1d9fb" FOREIGN KEY ("skill_id") REFERENCES "skill"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_role" ADD CONSTRAINT "FK_097b8fa627e094df396822dddb9" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need" ADD CONSTRAINT "FK_d04f4b0ae773dbf1ab26b410b30" FOREIGN KEY ("nonprofit_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need" ADD CONSTRAINT "FK_4ef340ce2d0788d55034651655d" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need" ADD CONSTRAINT "FK_ea8b85c8671ad88dbb87695d657" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_skill" ADD CONSTRAINT "FK_688637b1e74ed8a4e1a4dd75fed" FOREIGN KEY ("profile_id") REFERENCES "mentor_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_skill" ADD CONSTRAINT "FK_5fbedae864013ebf755865c25ca" FOREIGN KEY ("skill_id") REFERENCES "skill"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_profile" ADD CONSTRAINT "FK_b519596e3db231df39c562c3bca" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer_skill" ADD CONSTRAINT "FK_47c9f5c4f73184d021c92c48b20" FOREIGN KEY ("profile_id") REFERENCES "volunteer_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer_skill" ADD CONSTRAINT "FK_e823d0325fe695f573f85de3f89" FOREIGN KEY ("skill_id") REFERENCES "skill"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer_profile" ADD CONSTRAINT "FK_cfafe8408513320df9f5215ab78" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer_profile" ADD CONSTRAINT "FK_c59bac281d269731c5edf92a3a5" FOREIGN KEY ("employer_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "FK_0e78fb343257b7d38ee70460f78" FOREIGN KEY ("role_id") REFERENCES "need_role"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "FK_8849058f4733e28abc5c9976880" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "FK_0106076d98ba431347fa06bfd6b" FOREIGN KEY ("volunteer_profile_id") REFERENCES "volunteer_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "FK_aff6d932973aa1676a19c647884" FOREIGN KEY ("mentor_profile_id") REFERENCES "mentor_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "FK_cc8c874651b42976e73d87f5b52" FOREIGN KEY ("funding_offer_id") REFERENCES "funding_offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "FK_cc817fe400873d2c4664c5daef5" FOREIGN KEY ("run_id") REFERENCES "matching_run"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "FK_04f6b5782d2608b95713cf6228c" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "FK_eca17e1628324c09ec8217b9635" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hours_log" ADD CONSTRAINT "FK_3d411e249eb3391f133900ba18f" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hours_log" ADD CONSTRAINT "FK_de5bbe0897763782d69c3e4eacc" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hours_log" ADD CONSTRAINT "FK_2afa6d975092fb792140652dd63" FOREIGN KEY ("reviewed_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_event" ADD CONSTRAINT "FK_9f789e95a157139a4e508a9f35d" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_event" ADD CONSTRAINT "FK_5fe6e8a5b993f79b391a010ed72" FOREIGN KEY ("actor_user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_9fcebfddfa4369ac0e3c26dc8a3" FOREIGN KEY ("invited_by_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_member" ADD CONSTRAINT "FK_c734596c8b5c2b5b687c13f8cf6" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_member" ADD CONSTRAINT "FK_7331fd4d556d86eb21d3e8b167e" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_69d8ff43ad90309394f195e8c0c" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "program_participant" ADD CONSTRAINT "FK_60406465d8c5eaab90e81313f56" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "program_participant" ADD CONSTRAINT "FK_66b89f583000b9caf7b188aa686" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Not expressible in entities: the text search index and the append-only guard on match history.
    await queryRunner.query(`CREATE INDEX "IDX_need_search" ON "need" USING gin (to_tsvector('simple', title || ' ' || summary))`);
    await queryRunner.query(`CREATE FUNCTION match_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'match_event is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER "TRG_match_event_append_only" BEFORE UPDATE ON "match_event" FOR EACH ROW EXECUTE FUNCTION match_event_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_match_event_append_only" ON "match_event"`);
    await queryRunner.query(`DROP FUNCTION match_event_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_need_search"`);
    await queryRunner.query(`ALTER TABLE "program_participant" DROP CONSTRAINT "FK_66b89f583000b9caf7b188aa686"`);
    await queryRunner.query(`ALTER TABLE "program_participant" DROP CONSTRAINT "FK_60406465d8c5eaab90e81313f56"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_69d8ff43ad90309394f195e8c0c"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
    await queryRunner.query(`ALTER TABLE "network_member" DROP CONSTRAINT "FK_7331fd4d556d86eb21d3e8b167e"`);
    await queryRunner.query(`ALTER TABLE "network_member" DROP CONSTRAINT "FK_c734596c8b5c2b5b687c13f8cf6"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_9fcebfddfa4369ac0e3c26dc8a3"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"`);
    await queryRunner.query(`ALTER TABLE "match_event" DROP CONSTRAINT "FK_5fe6e8a5b993f79b391a010ed72"`);
    await queryRunner.query(`ALTER TABLE "match_event" DROP CONSTRAINT "FK_9f789e95a157139a4e508a9f35d"`);
    await queryRunner.query(`ALTER TABLE "hours_log" DROP CONSTRAINT "FK_2afa6d975092fb792140652dd63"`);
    await queryRunner.query(`ALTER TABLE "hours_log" DROP CONSTRAINT "FK_de5bbe0897763782d69c3e4eacc"`);
    await queryRunner.query(`ALTER TABLE "hours_log" DROP CONSTRAINT "FK_3d411e249eb3391f133900ba18f"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "FK_eca17e1628324c09ec8217b9635"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "FK_04f6b5782d2608b95713cf6228c"`);
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_cc817fe400873d2c4664c5daef5"`);
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_cc8c874651b42976e73d87f5b52"`);
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_aff6d932973aa1676a19c647884"`);
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_0106076d98ba431347fa06bfd6b"`);
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_8849058f4733e28abc5c9976880"`);
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_0e78fb343257b7d38ee70460f78"`);
    await queryRunner.query(`ALTER TABLE "volunteer_profile" DROP CONSTRAINT "FK_c59bac281d269731c5edf92a3a5"`);
    await queryRunner.query(`ALTER TABLE "volunteer_profile" DROP CONSTRAINT "FK_cfafe8408513320df9f5215ab78"`);
    await queryRunner.query(`ALTER TABLE "volunteer_skill" DROP CONSTRAINT "FK_e823d0325fe695f573f85de3f89"`);
    await queryRunner.query(`ALTER TABLE "volunteer_skill" DROP CONSTRAINT "FK_47c9f5c4f73184d021c92c48b20"`);
    await queryRunner.query(`ALTER TABLE "mentor_profile" DROP CONSTRAINT "FK_b519596e3db231df39c562c3bca"`);
    await queryRunner.query(`ALTER TABLE "mentor_skill" DROP CONSTRAINT "FK_5fbedae864013ebf755865c25ca"`);
    await queryRunner.query(`ALTER TABLE "mentor_skill" DROP CONSTRAINT "FK_688637b1e74ed8a4e1a4dd75fed"`);
    await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_ea8b85c8671ad88dbb87695d657"`);
    await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_4ef340ce2d0788d55034651655d"`);
    await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_d04f4b0ae773dbf1ab26b410b30"`);
    await queryRunner.query(`ALTER TABLE "need_role" DROP CONSTRAINT "FK_097b8fa627e094df396822dddb9"`);
    await queryRunner.query(`ALTER TABLE "need_role_skill" DROP CONSTRAINT "FK_48890390993efeead54b6a1d9fb"`);
    await queryRunner.query(`ALTER TABLE "need_role_skill" DROP CONSTRAINT "FK_dca4230f1de004eac3f3c063ad1"`);
    await queryRunner.query(`ALTER TABLE "program" DROP CONSTRAINT "FK_60a08834c6d6d069e1317f64dcb"`);
    await queryRunner.query(`ALTER TABLE "matching_run" DROP CONSTRAINT "FK_622bdf6fadaf7bb0923e311ca49"`);
    await queryRunner.query(`ALTER TABLE "funding_offer" DROP CONSTRAINT "FK_e0f4cc07f026a01247f36e47b37"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"`);
    await queryRunner.query(`ALTER TABLE "affiliation" DROP CONSTRAINT "FK_8cf9d4cf902b2538748b72ff03c"`);
    await queryRunner.query(`ALTER TABLE "affiliation" DROP CONSTRAINT "FK_c71e39ec38b729590f627f7e668"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_66b89f583000b9caf7b188aa68"`);
    await queryRunner.query(`DROP TABLE "program_participant"`);
    await queryRunner.query(`DROP TYPE "public"."program_participant_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_user_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_user_unread"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7331fd4d556d86eb21d3e8b167"`);
    await queryRunner.query(`DROP TABLE "network_member"`);
    await queryRunner.query(`DROP TABLE "network"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b827d3749ffbb3b5ab5099afd6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_de7c148c7834d738ac7113f3dd"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_412ffe9391a352e8a4e3dc46f6"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP TYPE "public"."membership_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_match_event_match_created"`);
    await queryRunner.query(`DROP TABLE "match_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_de5bbe0897763782d69c3e4eac"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3d411e249eb3391f133900ba18"`);
    await queryRunner.query(`DROP TABLE "hours_log"`);
    await queryRunner.query(`DROP TYPE "public"."hours_status"`);
    await queryRunner.query(`DROP TABLE "feedback"`);
    await queryRunner.query(`DROP TYPE "public"."feedback_direction"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_match_open_pair"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_match_role_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_match_candidate_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_match_need_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_678894efdfd13601d9932cdba2"`);
    await queryRunner.query(`DROP TABLE "match"`);
    await queryRunner.query(`DROP TYPE "public"."decline_reason"`);
    await queryRunner.query(`DROP TYPE "public"."match_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6ff1d34305da7c151d72350579"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c59bac281d269731c5edf92a3a"`);
    await queryRunner.query(`DROP TABLE "volunteer_profile"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e823d0325fe695f573f85de3f8"`);
    await queryRunner.query(`DROP TABLE "volunteer_skill"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0669c083ed4688f2cd0efd2357"`);
    await queryRunner.query(`DROP TABLE "mentor_profile"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5fbedae864013ebf755865c25c"`);
    await queryRunner.query(`DROP TABLE "mentor_skill"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_need_status_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_70a678bc0c4519138da7c39956"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_36a4467f8b3d679f9397311be0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4ef340ce2d0788d55034651655"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d04f4b0ae773dbf1ab26b410b3"`);
    await queryRunner.query(`DROP TABLE "need"`);
    await queryRunner.query(`DROP TYPE "public"."need_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_097b8fa627e094df396822dddb"`);
    await queryRunner.query(`DROP TABLE "need_role"`);
    await queryRunner.query(`DROP TYPE "public"."role_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_48890390993efeead54b6a1d9f"`);
    await queryRunner.query(`DROP TABLE "need_role_skill"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e5a17be1e8e11183678396adb7"`);
    await queryRunner.query(`DROP TABLE "skill"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_60a08834c6d6d069e1317f64dc"`);
    await queryRunner.query(`DROP TABLE "program"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_matching_run_status_created"`);
    await queryRunner.query(`DROP TABLE "matching_run"`);
    await queryRunner.query(`DROP TYPE "public"."matching_run_status"`);
    await queryRunner.query(`DROP TYPE "public"."matching_trigger"`);
    await queryRunner.query(`DROP TYPE "public"."matching_scope"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e0f4cc07f026a01247f36e47b3"`);
    await queryRunner.query(`DROP TABLE "funding_offer"`);
    await queryRunner.query(`DROP TYPE "public"."focus_area"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0812282fad2e352cdaf83ef0a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6bbe63d2fe75e7f0ba1710351d"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8cf9d4cf902b2538748b72ff03"`);
    await queryRunner.query(`DROP TABLE "affiliation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e8a930e7f3c2136ec1c430b9f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6adcbca2fe346f3f07750f4a40"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
  }
}

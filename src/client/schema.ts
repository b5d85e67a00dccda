/* Generated from src/client/openapi.json by `npm run contract:update`. Do not edit. */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that verify Shizi access tokens */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an access token (OAuth 2.0 client credentials)
         * @description RFC 6749 §4.4. Send `grant_type=client_credentials` form-encoded; authenticate with HTTP Basic (client id and secret) or with `client_id` and `client_secret` in the body. Errors use RFC 6749 bodies.
         */
        post: operations["createToken"];
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
        /**
         * Who am I
         * @description The calling principal's role and org binding; for a teacher, also their own record.
         *
         *     **Access:** `me.read` (bureau_admin, hr_clerk, school_sync, reporter, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API clients
         * @description **Access:** `clients.manage` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        get: operations["listClients"];
        put?: never;
        /**
         * Create an API client
         * @description The response carries `clientSecret` once; only a slow hash of it is stored.
         *
         *     **Access:** `clients.manage` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an API client
         * @description **Access:** `clients.manage` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        get: operations["getClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, disable or re-enable an API client
         * @description Disabling takes effect at once: the client's unexpired tokens stop working.
         *
         *     **Access:** `clients.manage` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateClient"];
        trace?: never;
    };
    "/v1/clients/{clientId}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a new client secret
         * @description The old secret stops working for new tokens at once; tokens already issued run until they expire.
         *
         *     **Access:** `clients.manage` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        post: operations["rotateClientSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the audit trail
         * @description Every write and every full national-ID read, oldest first. Append-only: no operation changes or deletes events.
         *
         *     **Access:** `audit.read` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vocabularies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every code list
         * @description Codes are stable English snake_case and never change; labels (zh-CN, en) are data.
         *
         *     **Access:** `vocabularies.read` (bureau_admin, hr_clerk, school_sync, reporter, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listVocabularies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vocabularies/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one code list
         * @description **Access:** `vocabularies.read` (bureau_admin, hr_clerk, school_sync, reporter, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["getVocabulary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List jurisdictions
         * @description Cursor-paged, ordered by id. Filter by direct parent, level, or a whole subtree.
         *
         *     **Access:** `org.read` (bureau_admin, hr_clerk, school_sync, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["listJurisdictions"];
        put?: never;
        /**
         * Create a jurisdiction
         * @description A child must be at a lower administrative level than its parent (county and district are peers).
         *
         *     **Access:** `org.write` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        post: operations["createJurisdiction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jurisdictions/{jurisdictionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a jurisdiction
         * @description **Access:** `org.read` (bureau_admin, hr_clerk, school_sync, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["getJurisdiction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a jurisdiction
         * @description Changing `parentId` moves the whole subtree (its jurisdictions and schools) in one transaction.
         *
         *     **Access:** `org.write` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateJurisdiction"];
        trace?: never;
    };
    "/v1/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List schools
         * @description Cursor-paged, ordered by id. `jurisdictionId` includes the whole subtree below that jurisdiction.
         *
         *     **Access:** `org.read` (bureau_admin, hr_clerk, school_sync, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["listSchools"];
        put?: never;
        /**
         * Create a school
         * @description **Access:** `org.write` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        post: operations["createSchool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/schools/{schoolId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a school
         * @description **Access:** `org.read` (bureau_admin, hr_clerk, school_sync, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["getSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a school
         * @description Send only the fields to change. Moving a school to another jurisdiction moves it in every subtree filter.
         *
         *     **Access:** `org.write` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateSchool"];
        trace?: never;
    };
    "/v1/teachers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teachers
         * @description Cursor-paged, ordered by id. Every filter on the record's history (school, jurisdiction, title, education, designations, credentials, subjects, home-school class, age) is evaluated as of `asOf` (default today), in SQL. National IDs match exactly and are never returned in full.
         *
         *     **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeachers"];
        put?: never;
        /**
         * Register a teacher
         * @description Creates the core record and, when `schoolId` is given, the primary assignment at that school. A national ID must pass its checksum and agree with the birth date and gender; a duplicate national ID is 409.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["createTeacher"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a teacher
         * @description A compact summary: every derived field (current school, title, highest education, dual-qualified, designations, subjects, age, years of teaching) is evaluated as of `asOf` (default today). `include` embeds sub-record histories (comma-separated segment names such as `assignments,titles,credentials`); restricted ones (ethics, appraisals) need their permission.
         *
         *     **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["getTeacher"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a teacher's core record
         * @description Send only the fields to change. Status changes go through `POST /v1/teachers/{teacherId}/end`.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateTeacher"];
        trace?: never;
    };
    "/v1/teachers/{teacherId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a teacher retired or left
         * @description Personnel records are never deleted. This sets the status and end date and ends every open assignment on that day. A teacher already ended is 409.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["endTeacher"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/national-id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a teacher's full national ID number
         * @description The only place the full number is returned. Every call is recorded in the audit trail.
         *
         *     **Access:** `teachers.national_id.read` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        get: operations["getTeacherNationalId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A teacher's change history
         * @description Every recorded change to the teacher and their sub-records (and every full-ID read), oldest first.
         *
         *     **Access:** `teachers.history.read` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeacherHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a teacher's assignments
         * @description Ordered by start date. With `asOf`, only the records valid on that date. At most one primary (home) assignment holds at a time: a new one that starts after the open one ends it on the day before; any other overlap of primary assignments is 409.
         *
         *     **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeacherAssignments"];
        put?: never;
        /**
         * Add a assignment record
         * @description At most one primary (home) assignment holds at a time: a new one that starts after the open one ends it on the day before; any other overlap of primary assignments is 409.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["createTeacherAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/assignments/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one assignment record
         * @description **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["getTeacherAssignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a assignment record in place
         * @description Corrections keep the record's id; send only the fields to change.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateTeacherAssignment"];
        trace?: never;
    };
    "/v1/teachers/{teacherId}/assignments/{assignmentId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a assignment record
         * @description Records are never deleted: ending sets the last valid day.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["endTeacherAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @example {
         *       "status": "ok",
         *       "database": "pglite",
         *       "migrations": 1
         *     }
         */
        Health: {
            /** @enum {string} */
            status: "ok";
            /**
             * @description Which database this instance uses
             * @enum {string}
             */
            database: "pglite" | "postgres";
            /** @description Number of applied schema migrations */
            migrations: number;
        };
        /**
         * @description RFC 9457 problem details. `type` is `/problems/<code>`; see the API description for the catalogue of codes.
         * @example {
         *       "type": "/problems/validation_failed",
         *       "title": "The request is not valid",
         *       "status": 422,
         *       "detail": "1 field is invalid",
         *       "instance": "/v1/teachers",
         *       "requestId": "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
         *       "errors": [
         *         {
         *           "pointer": "/birthDate",
         *           "detail": "Invalid ISO date"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /** @example /problems/validation_failed */
            type: string;
            title: string;
            status: number;
            detail?: string;
            /** @description The request path */
            instance?: string;
            requestId: string;
            errors?: components["schemas"]["FieldError"][];
        };
        FieldError: {
            /** @example /birthDate */
            pointer?: string;
            /** @example limit */
            parameter?: string;
            /** @example Invalid ISO date */
            detail: string;
        };
        /** @description Public ES256 keys; several may be valid at once during a rotation */
        JsonWebKeySet: {
            keys: {
                [key: string]: unknown;
            }[];
        };
        /**
         * @example {
         *       "access_token": "eyJhbGciOiJFUzI1NiIs...",
         *       "token_type": "Bearer",
         *       "expires_in": 3600
         *     }
         */
        TokenResponse: {
            access_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            expires_in: number;
        };
        /**
         * @description RFC 6749 §5.2 error body (the token endpoint answers in OAuth's own format)
         * @example {
         *       "error": "invalid_client",
         *       "error_description": "Client authentication failed"
         *     }
         */
        OAuthError: {
            /** @enum {string} */
            error: "invalid_request" | "invalid_client" | "unsupported_grant_type" | "slow_down";
            error_description: string;
        };
        TokenRequest: {
            /** @example client_credentials */
            grant_type?: string;
            /** @description When not sent with HTTP Basic */
            client_id?: string;
            /** @description When not sent with HTTP Basic */
            client_secret?: string;
            /** @description Ignored: a client's rights come from its role and org */
            scope?: string;
        };
        Me: {
            clientId: string;
            /** @enum {string} */
            role: "bureau_admin" | "hr_clerk" | "school_sync" | "reporter" | "teacher";
            /** @enum {string} */
            orgType: "root" | "jurisdiction" | "school" | "teacher";
            /** Format: uuid */
            orgId: string | null;
            teacher: components["schemas"]["Teacher"];
        };
        /**
         * @description For a teacher principal, their own record
         * @example {
         *       "id": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "name": "王丽",
         *       "gender": "female",
         *       "birthDate": "1986-03-14",
         *       "nationalIdMasked": "211***********3426",
         *       "staffNumber": "T2011-0042",
         *       "employmentCategory": "on_establishment",
         *       "onEstablishmentNotAtPost": false,
         *       "hireDate": "2008-09-01",
         *       "teachingStartDate": "2008-09-01",
         *       "status": "active",
         *       "endedOn": null,
         *       "endReason": null,
         *       "currentSchoolId": "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
         *       "title": "first_grade",
         *       "titleGroup": "intermediate",
         *       "highestEducation": "bachelor",
         *       "graduateCoursework": false,
         *       "dualQualified": false,
         *       "designations": [
         *         {
         *           "id": "0193a0c9-4d5e-7f6a-8b7c-8d9e0f1a2b3c",
         *           "type": "backbone",
         *           "level": "city"
         *         }
         *       ],
         *       "highestDesignationLevel": "city",
         *       "subjects": [
         *         "mathematics"
         *       ],
         *       "subjectFlags": [],
         *       "asOf": "2025-08-31",
         *       "age": 39,
         *       "yearsOfTeaching": 16,
         *       "version": 1,
         *       "createdAt": "2025-01-06T08:00:00.000Z",
         *       "updatedAt": "2025-01-06T08:00:00.000Z"
         *     }
         */
        Teacher: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            gender: "female" | "male";
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            birthDate: string;
            /** @description The national ID with all but the first 3 and last 4 characters hidden */
            nationalIdMasked: string | null;
            staffNumber: string | null;
            /**
             * @description on_establishment 在编, contract 合同, substitute 代课, special_post 特岗, other
             * @enum {string}
             */
            employmentCategory: "on_establishment" | "contract" | "substitute" | "special_post" | "other";
            onEstablishmentNotAtPost: boolean;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            hireDate: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            teachingStartDate: string | null;
            /** @enum {string} */
            status: "active" | "retired" | "left";
            /**
             * Format: date
             * @description Date the teacher retired or left
             * @example 2025-08-31
             */
            endedOn: string | null;
            endReason: string | null;
            /**
             * Format: uuid
             * @description School of the primary assignment valid on `asOf`
             */
            currentSchoolId: string | null;
            /**
             * @description 职称 held on `asOf`
             * @enum {string|null}
             */
            title: "none" | "third_grade" | "second_grade" | "first_grade" | "senior" | "senior_professional" | null;
            /**
             * @description 正高级/高级 = senior, 一级 = intermediate, 二级/三级 = junior
             * @enum {string|null}
             */
            titleGroup: "none" | "junior" | "intermediate" | "senior" | null;
            /**
             * @description Highest 学历 completed by `asOf`
             * @enum {string|null}
             */
            highestEducation: "below_secondary" | "secondary_vocational" | "associate" | "bachelor" | "master" | "doctorate" | null;
            /** @description Completed graduate coursework (研究生课程进修) by `asOf` */
            graduateCoursework: boolean;
            /** @description 双师型: an active teacher certificate and an active occupational qualification on `asOf` */
            dualQualified: boolean;
            /** @description Designations valid on `asOf`, highest level first */
            designations: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                type: "special_grade" | "famous_teacher" | "subject_leader" | "backbone" | "backbone_reserve" | "teaching_expert" | "teaching_newcomer" | "excellent_homeroom" | "famous_principal" | "backbone_principal" | "professional_leader" | "other";
                /** @enum {string} */
                level: "school" | "township" | "county" | "city" | "provincial" | "national";
            }[];
            /** @enum {string|null} */
            highestDesignationLevel: "school" | "township" | "county" | "city" | "provincial" | "national" | null;
            /** @description Subjects taught on `asOf` */
            subjects: ("chinese" | "mathematics" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "science" | "ideological_political" | "physical_education" | "music" | "art" | "labour" | "health_care" | "ict" | "psychology" | "special_education" | "preschool" | "vocational_specialty" | "other")[];
            /** @description Target flags among those subjects (思政, PE, music, art, labour, ...) */
            subjectFlags: ("ideological_political" | "physical_education" | "music" | "art" | "labour" | "health_care" | "ict" | "psychology" | "special_education")[];
            /**
             * Format: date
             * @description The date the derived fields were evaluated for
             * @example 2025-08-31
             */
            asOf: string;
            /** @description Whole years (周岁) on `asOf` */
            age: number | null;
            /** @description 教龄 in whole years on `asOf` */
            yearsOfTeaching: number | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        } | null;
        ClientPage: {
            items: components["schemas"]["Client"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0ca-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
         *       "name": "双台子区人事科",
         *       "role": "hr_clerk",
         *       "jurisdictionId": "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
         *       "schoolId": null,
         *       "teacherId": null,
         *       "disabled": false,
         *       "lastUsedAt": null,
         *       "version": 1,
         *       "createdAt": "2025-01-06T08:00:00.000Z",
         *       "updatedAt": "2025-01-06T08:00:00.000Z"
         *     }
         */
        Client: {
            /**
             * Format: uuid
             * @description The client_id for POST /v1/oauth/token
             */
            id: string;
            name: string;
            /** @enum {string} */
            role: "bureau_admin" | "hr_clerk" | "school_sync" | "reporter" | "teacher";
            /** Format: uuid */
            jurisdictionId: string | null;
            /** Format: uuid */
            schoolId: string | null;
            /** Format: uuid */
            teacherId: string | null;
            /** @description A disabled client cannot get tokens, and its unexpired tokens stop working */
            disabled: boolean;
            /**
             * Format: date-time
             * @description When it last obtained a token
             */
            lastUsedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "id": "0193a0ca-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
         *       "name": "双台子区人事科",
         *       "role": "hr_clerk",
         *       "jurisdictionId": "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
         *       "schoolId": null,
         *       "teacherId": null,
         *       "disabled": false,
         *       "lastUsedAt": null,
         *       "version": 1,
         *       "createdAt": "2025-01-06T08:00:00.000Z",
         *       "updatedAt": "2025-01-06T08:00:00.000Z",
         *       "clientSecret": "q8Jz1v0m3Yt6...base64url"
         *     }
         */
        ClientWithSecret: components["schemas"]["Client"] & {
            /** @description Shown once; store it now. Only its hash is kept. */
            clientSecret: string;
        };
        /**
         * @example {
         *       "name": "双台子区人事科",
         *       "role": "hr_clerk",
         *       "jurisdictionId": "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d"
         *     }
         */
        ClientCreate: {
            name: string;
            /** @enum {string} */
            role: "bureau_admin" | "hr_clerk" | "school_sync" | "reporter" | "teacher";
            /** Format: uuid */
            jurisdictionId?: string | null;
            /** Format: uuid */
            schoolId?: string | null;
            /** Format: uuid */
            teacherId?: string | null;
        };
        /**
         * @example {
         *       "disabled": true
         *     }
         */
        ClientUpdate: {
            name?: string;
            disabled?: boolean;
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEvent"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0cb-6f7a-7b8c-9d0e-1f2a3b4c5d6e",
         *       "occurredAt": "2025-09-01T08:00:00.000Z",
         *       "actorId": "0193a0ca-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
         *       "actorRole": "hr_clerk",
         *       "action": "update",
         *       "entity": "Teacher",
         *       "entityId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "before": {
         *         "staffNumber": "T-1"
         *       },
         *       "after": {
         *         "staffNumber": "T-2"
         *       },
         *       "requestId": "0193a0cb-6f7a-7b8c-9d0e-000000000001"
         *     }
         */
        AuditEvent: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description Client id (or external:<subject>) */
            actorId: string;
            actorRole: string;
            /** @example update */
            action: string;
            /** @example Teacher */
            entity: string;
            entityId: string;
            /** Format: uuid */
            teacherId: string | null;
            /** @description Changed fields before the write (national IDs masked) */
            before: {
                [key: string]: unknown;
            } | null;
            /** @description Changed fields after the write */
            after: {
                [key: string]: unknown;
            } | null;
            requestId: string | null;
        };
        VocabularyList: {
            items: components["schemas"]["Vocabulary"][];
        };
        Vocabulary: {
            /** @example employment_category */
            name: string;
            description: string;
            /** @description True when `rank` is meaningful for at-least comparisons */
            ordered: boolean;
            entries: {
                /** @example on_establishment */
                code: string;
                rank: number;
                labels: {
                    /** @example 在编 */
                    "zh-CN": string;
                    /** @example On establishment */
                    en: string;
                };
            }[];
        };
        JurisdictionPage: {
            items: components["schemas"]["Jurisdiction"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
         *       "code": "211100",
         *       "name": "盘锦市",
         *       "level": "city",
         *       "parentId": null,
         *       "version": 1,
         *       "createdAt": "2025-01-06T08:00:00.000Z",
         *       "updatedAt": "2025-01-06T08:00:00.000Z"
         *     }
         */
        Jurisdiction: {
            /** Format: uuid */
            id: string;
            /**
             * @description Administrative division code (e.g. GB/T 2260)
             * @example 211100
             */
            code: string;
            /** @example 盘锦市 */
            name: string;
            /** @enum {string} */
            level: "province" | "city" | "county" | "district" | "township";
            /**
             * Format: uuid
             * @description null for the root of the tree
             */
            parentId: string | null;
            /** @description Increments on every change; the ETag */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "code": "211102",
         *       "name": "双台子区",
         *       "level": "district",
         *       "parentId": "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d"
         *     }
         */
        JurisdictionCreate: {
            code: string;
            name: string;
            /** @enum {string} */
            level: "province" | "city" | "county" | "district" | "township";
            /**
             * Format: uuid
             * @description Omit or null to create a root
             */
            parentId?: string | null;
        };
        /**
         * @example {
         *       "name": "双台子区（新）"
         *     }
         */
        JurisdictionUpdate: {
            code?: string;
            name?: string;
            /** @enum {string} */
            level?: "province" | "city" | "county" | "district" | "township";
            /**
             * Format: uuid
             * @description Omit or null to create a root
             */
            parentId?: string | null;
        };
        SchoolPage: {
            items: components["schemas"]["School"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
         *       "code": "2111020001",
         *       "name": "双台子区实验小学",
         *       "jurisdictionId": "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
         *       "stages": [
         *         "primary"
         *       ],
         *       "ownership": "public",
         *       "locationClass": "rural",
         *       "remote": true,
         *       "weak": false,
         *       "staffingQuota": 48,
         *       "version": 1,
         *       "createdAt": "2025-01-06T08:00:00.000Z",
         *       "updatedAt": "2025-01-06T08:00:00.000Z"
         *     }
         */
        School: {
            /** Format: uuid */
            id: string;
            /** @description School code (e.g. the national 学校标识码) */
            code: string;
            name: string;
            /**
             * Format: uuid
             * @description The jurisdiction the school belongs to
             */
            jurisdictionId: string;
            /** @description Stages taught (a nine-year school may list primary and junior_secondary too) */
            stages: ("kindergarten" | "primary" | "junior_secondary" | "nine_year" | "senior_secondary" | "vocational" | "special_education" | "teaching_point")[];
            /** @enum {string} */
            ownership: "public" | "private";
            /**
             * @description 城区 urban / 乡镇 town / 农村 rural
             * @enum {string}
             */
            locationClass: "urban" | "town" | "rural";
            /** @description 边远/偏远 flag */
            remote: boolean;
            /** @description 薄弱学校 flag */
            weak: boolean;
            /** @description Approved staffing quota (核定编制), if known */
            staffingQuota: number | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "code": "2111020001",
         *       "name": "双台子区实验小学",
         *       "jurisdictionId": "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
         *       "stages": [
         *         "primary"
         *       ],
         *       "ownership": "public",
         *       "locationClass": "rural",
         *       "remote": true,
         *       "weak": false,
         *       "staffingQuota": 48
         *     }
         */
        SchoolCreate: {
            /** @description School code (e.g. the national 学校标识码) */
            code: string;
            name: string;
            /**
             * Format: uuid
             * @description The jurisdiction the school belongs to
             */
            jurisdictionId: string;
            /** @description Stages taught (a nine-year school may list primary and junior_secondary too) */
            stages: ("kindergarten" | "primary" | "junior_secondary" | "nine_year" | "senior_secondary" | "vocational" | "special_education" | "teaching_point")[];
            /** @enum {string} */
            ownership: "public" | "private";
            /**
             * @description 城区 urban / 乡镇 town / 农村 rural
             * @enum {string}
             */
            locationClass: "urban" | "town" | "rural";
            /**
             * @description 边远/偏远 flag
             * @default false
             */
            remote?: boolean;
            /**
             * @description 薄弱学校 flag
             * @default false
             */
            weak?: boolean;
            /** @description Approved staffing quota (核定编制), if known */
            staffingQuota?: number | null;
        };
        /**
         * @example {
         *       "weak": true,
         *       "staffingQuota": 50
         *     }
         */
        SchoolUpdate: {
            /** @description School code (e.g. the national 学校标识码) */
            code?: string;
            name?: string;
            /**
             * Format: uuid
             * @description The jurisdiction the school belongs to
             */
            jurisdictionId?: string;
            /** @description Stages taught (a nine-year school may list primary and junior_secondary too) */
            stages?: ("kindergarten" | "primary" | "junior_secondary" | "nine_year" | "senior_secondary" | "vocational" | "special_education" | "teaching_point")[];
            /** @enum {string} */
            ownership?: "public" | "private";
            /**
             * @description 城区 urban / 乡镇 town / 农村 rural
             * @enum {string}
             */
            locationClass?: "urban" | "town" | "rural";
            /** @description 边远/偏远 flag */
            remote?: boolean;
            /** @description 薄弱学校 flag */
            weak?: boolean;
            /** @description Approved staffing quota (核定编制), if known */
            staffingQuota?: number | null;
        };
        TeacherPage: {
            items: components["schemas"]["Teacher"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "name": "王丽",
         *       "gender": "female",
         *       "birthDate": "1986-03-14",
         *       "nationalIdMasked": "211***********3426",
         *       "staffNumber": "T2011-0042",
         *       "employmentCategory": "on_establishment",
         *       "onEstablishmentNotAtPost": false,
         *       "hireDate": "2008-09-01",
         *       "teachingStartDate": "2008-09-01",
         *       "status": "active",
         *       "endedOn": null,
         *       "endReason": null,
         *       "currentSchoolId": "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
         *       "title": "first_grade",
         *       "titleGroup": "intermediate",
         *       "highestEducation": "bachelor",
         *       "graduateCoursework": false,
         *       "dualQualified": false,
         *       "designations": [
         *         {
         *           "id": "0193a0c9-4d5e-7f6a-8b7c-8d9e0f1a2b3c",
         *           "type": "backbone",
         *           "level": "city"
         *         }
         *       ],
         *       "highestDesignationLevel": "city",
         *       "subjects": [
         *         "mathematics"
         *       ],
         *       "subjectFlags": [],
         *       "asOf": "2025-08-31",
         *       "age": 39,
         *       "yearsOfTeaching": 16,
         *       "version": 1,
         *       "createdAt": "2025-01-06T08:00:00.000Z",
         *       "updatedAt": "2025-01-06T08:00:00.000Z"
         *     }
         */
        TeacherDetail: components["schemas"]["Teacher"] & {
            /** @description Requested sub-record histories by name, each ordered by start date (same shapes as their own endpoints) */
            included?: {
                [key: string]: {
                    [key: string]: unknown;
                }[];
            };
        };
        /**
         * @example {
         *       "name": "王丽",
         *       "gender": "female",
         *       "birthDate": "1986-03-14",
         *       "nationalId": "21110219860314342X",
         *       "staffNumber": "T2011-0042",
         *       "employmentCategory": "on_establishment",
         *       "onEstablishmentNotAtPost": false,
         *       "hireDate": "2008-09-01",
         *       "teachingStartDate": "2008-09-01",
         *       "schoolId": "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
         *       "postType": "teaching"
         *     }
         */
        TeacherCreate: {
            name: string;
            /** @enum {string} */
            gender: "female" | "male";
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            birthDate: string;
            /** @description 公民身份号码; 18-digit numbers must pass the GB 11643 checksum. Stored, never returned in full. */
            nationalId?: string | null;
            /** @description 教职工号 */
            staffNumber?: string | null;
            /**
             * @description on_establishment 在编, contract 合同, substitute 代课, special_post 特岗, other
             * @enum {string}
             */
            employmentCategory: "on_establishment" | "contract" | "substitute" | "special_post" | "other";
            /**
             * @description 在编不在岗: holds an establishment slot but is not working at the post
             * @default false
             */
            onEstablishmentNotAtPost?: boolean;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            hireDate?: string | null;
            /**
             * Format: date
             * @description Start of teaching service, for 教龄 (defaults to hireDate when null)
             * @example 2025-08-31
             */
            teachingStartDate?: string | null;
            /**
             * Format: uuid
             * @description Home school: creates the primary assignment
             */
            schoolId?: string;
            /**
             * Format: date
             * @description Start of that assignment (default: hireDate, else today)
             * @example 2025-08-31
             */
            assignmentStart?: string;
            /**
             * @description Post type of that assignment
             * @default teaching
             * @enum {string}
             */
            postType?: "teaching" | "management" | "support";
        };
        /**
         * @example {
         *       "staffNumber": "T2011-0043",
         *       "onEstablishmentNotAtPost": true
         *     }
         */
        TeacherUpdate: {
            name?: string;
            /** @enum {string} */
            gender?: "female" | "male";
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            birthDate?: string;
            /** @description 公民身份号码; 18-digit numbers must pass the GB 11643 checksum. Stored, never returned in full. */
            nationalId?: string | null;
            /** @description 教职工号 */
            staffNumber?: string | null;
            /**
             * @description on_establishment 在编, contract 合同, substitute 代课, special_post 特岗, other
             * @enum {string}
             */
            employmentCategory?: "on_establishment" | "contract" | "substitute" | "special_post" | "other";
            /** @description 在编不在岗: holds an establishment slot but is not working at the post */
            onEstablishmentNotAtPost?: boolean;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            hireDate?: string | null;
            /**
             * Format: date
             * @description Start of teaching service, for 教龄 (defaults to hireDate when null)
             * @example 2025-08-31
             */
            teachingStartDate?: string | null;
        };
        /**
         * @example {
         *       "status": "retired",
         *       "endedOn": "2026-03-14",
         *       "reason": "到龄退休"
         *     }
         */
        TeacherEnd: {
            /** @enum {string} */
            status: "retired" | "left";
            /**
             * Format: date
             * @description Last day of service; open assignments end on this day
             * @example 2025-08-31
             */
            endedOn: string;
            reason?: string;
        };
        /**
         * @example {
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "nationalId": "21110219860314342X"
         *     }
         */
        TeacherNationalId: {
            /** Format: uuid */
            teacherId: string;
            nationalId: string | null;
        };
        TeacherAssignmentPage: {
            items: components["schemas"]["TeacherAssignment"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0c8-3c4d-7e5f-8a6b-7c8d9e0f1a2b",
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "schoolId": "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
         *       "kind": "primary",
         *       "postType": "teaching",
         *       "validFrom": "2021-09-01",
         *       "validTo": null,
         *       "endReason": null,
         *       "version": 1
         *     }
         */
        TeacherAssignment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teacherId: string;
            /** Format: uuid */
            schoolId: string;
            /**
             * @description primary = home post (at most one at a time); secondary = concurrent post
             * @enum {string}
             */
            kind: "primary" | "secondary";
            /** @enum {string} */
            postType: "teaching" | "management" | "support";
            /**
             * Format: date
             * @description First day at the post
             * @example 2025-08-31
             */
            validFrom: string;
            /**
             * Format: date
             * @description Last day at the post (inclusive); null while open
             * @example 2025-08-31
             */
            validTo: string | null;
            endReason: string | null;
            version: number;
        };
        /**
         * @example {
         *       "schoolId": "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
         *       "kind": "primary",
         *       "postType": "teaching",
         *       "validFrom": "2021-09-01"
         *     }
         */
        TeacherAssignmentCreate: {
            /** Format: uuid */
            schoolId: string;
            /**
             * @description primary = home post (at most one at a time); secondary = concurrent post
             * @default primary
             * @enum {string}
             */
            kind?: "primary" | "secondary";
            /**
             * @default teaching
             * @enum {string}
             */
            postType?: "teaching" | "management" | "support";
            /**
             * Format: date
             * @description First day at the post
             * @example 2025-08-31
             */
            validFrom: string;
            /**
             * Format: date
             * @description Last day at the post (inclusive); null while open
             * @example 2025-08-31
             */
            validTo?: string | null;
        };
        /**
         * @example {
         *       "validFrom": "2021-08-28"
         *     }
         */
        TeacherAssignmentUpdate: {
            /** Format: uuid */
            schoolId?: string;
            /**
             * @description primary = home post (at most one at a time); secondary = concurrent post
             * @enum {string}
             */
            kind?: "primary" | "secondary";
            /** @enum {string} */
            postType?: "teaching" | "management" | "support";
            /**
             * Format: date
             * @description First day at the post
             * @example 2025-08-31
             */
            validFrom?: string;
            /**
             * Format: date
             * @description Last day at the post (inclusive); null while open
             * @example 2025-08-31
             */
            validTo?: string | null;
        };
        /**
         * @example {
         *       "endedOn": "2025-08-31",
         *       "reason": "调出"
         *     }
         */
        RecordEnd: {
            /**
             * Format: date
             * @description Last day the record is valid (inclusive)
             * @example 2025-08-31
             */
            endedOn: string;
            reason?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service and its database answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The JWKS */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonWebKeySet"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description A bearer token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description slow_down: too many token requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The principal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClients: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                role?: "bureau_admin" | "hr_clerk" | "school_sync" | "reporter" | "teacher";
                disabled?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of clients */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPage"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientCreate"];
            };
        };
        responses: {
            /** @description Created, with its secret */
            201: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientWithSecret"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientUpdate"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match did not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateClientSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422. */
                "idempotency-key"?: string;
            };
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client with its new secret */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientWithSecret"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                entity?: string;
                entityId?: string;
                actorId?: string;
                /** @description Events at or after this instant */
                from?: string;
                /** @description Events before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVocabularies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All code lists */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VocabularyList"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVocabulary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The code list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vocabulary"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJurisdictions: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Only direct children of this node */
                parentId?: string;
                level?: "province" | "city" | "county" | "district" | "township";
                /** @description This node and everything below it */
                subtreeOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of jurisdictions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JurisdictionPage"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createJurisdiction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JurisdictionCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jurisdiction"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJurisdiction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jurisdictionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The jurisdiction */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jurisdiction"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateJurisdiction: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                jurisdictionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JurisdictionUpdate"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jurisdiction"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match did not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSchools: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Schools in this jurisdiction or anywhere below it */
                jurisdictionId?: string;
                /** @description Schools that teach this stage */
                stage?: "kindergarten" | "primary" | "junior_secondary" | "nine_year" | "senior_secondary" | "vocational" | "special_education" | "teaching_point";
                locationClass?: "urban" | "town" | "rural";
                remote?: boolean;
                weak?: boolean;
                ownership?: "public" | "private";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of schools */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolPage"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSchool: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SchoolCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["School"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSchool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schoolId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The school */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["School"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSchool: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                schoolId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SchoolUpdate"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["School"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match did not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTeachers: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Evaluate derived fields as of this date (default: today, UTC) */
                asOf?: string;
                /** @description Teachers with an assignment (primary or concurrent) at this school on `asOf` */
                schoolId?: string;
                /** @description Teachers assigned on `asOf` to a school in this jurisdiction's subtree */
                jurisdictionId?: string;
                status?: "active" | "retired" | "left";
                employmentCategory?: "on_establishment" | "contract" | "substitute" | "special_post" | "other";
                /** @description Names starting with this text */
                namePrefix?: string;
                /** @description Exact national ID number */
                nationalId?: string;
                gender?: "female" | "male";
                /** @description Title held on `asOf` at or above this level */
                titleAtLeast?: "none" | "third_grade" | "second_grade" | "first_grade" | "senior" | "senior_professional";
                /** @description Highest education on `asOf` at or above this level */
                educationAtLeast?: "below_secondary" | "secondary_vocational" | "associate" | "bachelor" | "master" | "doctorate";
                /** @description Highest education on `asOf` exactly this level */
                educationExactly?: "below_secondary" | "secondary_vocational" | "associate" | "bachelor" | "master" | "doctorate";
                /** @description Holds a designation of this type on `asOf` */
                designationType?: "special_grade" | "famous_teacher" | "subject_leader" | "backbone" | "backbone_reserve" | "teaching_expert" | "teaching_newcomer" | "excellent_homeroom" | "famous_principal" | "backbone_principal" | "professional_leader" | "other";
                /** @description Holds a designation (of `designationType`, if given) at or above this level on `asOf` */
                designationLevelAtLeast?: "school" | "township" | "county" | "city" | "provincial" | "national";
                /** @description 双师型 on `asOf` */
                dualQualified?: boolean;
                /** @description Teaches this subject on `asOf` (use a flag subject such as `physical_education` for targets) */
                subject?: "chinese" | "mathematics" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "science" | "ideological_political" | "physical_education" | "music" | "art" | "labour" | "health_care" | "ict" | "psychology" | "special_education" | "preschool" | "vocational_specialty" | "other";
                /** @description Home school's location class */
                locationClass?: "urban" | "town" | "rural";
                /** @description Home school is remote (边远) */
                remote?: boolean;
                /** @description Home school is weak (薄弱) */
                weak?: boolean;
                /** @description Age (周岁) on `asOf` at least */
                ageMin?: number | null;
                /** @description Age (周岁) on `asOf` at most */
                ageMax?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of teachers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherPage"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTeacher: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeacherCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Teacher"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTeacher: {
        parameters: {
            query?: {
                /** @description Evaluate derived fields as of this date (default: today, UTC) */
                asOf?: string;
                /** @description Comma-separated sub-records to embed, e.g. `assignments,titles,education,credentials,designations` */
                include?: string;
            };
            header?: never;
            path: {
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The teacher */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherDetail"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTeacher: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeacherUpdate"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Teacher"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match did not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endTeacher: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
                /** @description Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422. */
                "idempotency-key"?: string;
            };
            path: {
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeacherEnd"];
            };
        };
        responses: {
            /** @description Ended */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Teacher"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match did not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTeacherNationalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The full number */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherNationalId"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTeacherHistory: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTeacherAssignments: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Only records valid on this date; omit for the full history */
                asOf?: string;
            };
            header?: never;
            path: {
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherAssignmentPage"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTeacherAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422. */
                "idempotency-key"?: string;
            };
            path: {
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeacherAssignmentCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherAssignment"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTeacherAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teacherId: string;
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherAssignment"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTeacherAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                teacherId: string;
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeacherAssignmentUpdate"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherAssignment"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match did not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endTeacherAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
                /** @description Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422. */
                "idempotency-key"?: string;
            };
            path: {
                teacherId: string;
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordEnd"];
            };
        };
        responses: {
            /** @description Ended */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherAssignment"];
                };
            };
            /** @description Malformed request (e.g. invalid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or outside the caller's scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match did not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists JSON pointers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (the request id identifies it in the logs) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}

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
         * @description Cursor-paged, ordered by id. `jurisdictionId` includes the whole subtree below that jurisdiction. Each school shows its classification valid on `asOf` (default today), and the classification filters (stage, locationClass, remote, weak, ownership) apply on that date.
         *
         *     **Access:** `org.read` (bureau_admin, hr_clerk, school_sync, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["listSchools"];
        put?: never;
        /**
         * Create a school
         * @description The classification sent is the school's first period, valid since its creation (validFrom null).
         *
         *     **Access:** `org.write` (bureau_admin); records outside the caller's org subtree answer 404.
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
         * @description With its classification (stages, ownership, location class, remote, weak, staffing quota) valid on `asOf` (default today).
         *
         *     **Access:** `org.read` (bureau_admin, hr_clerk, school_sync, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["getSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a school
         * @description Send only the fields to change: code, name, jurisdictionId. Moving a school to another jurisdiction moves it in every subtree filter. The classification (stages, ownership, locationClass, remote, weak, staffingQuota) is dated: a field of it sent here is refused with 422 pointing at it; reclassify from a date with POST /v1/schools/{schoolId}/classifications, or correct a period with PATCH /v1/schools/{schoolId}/classifications/{classificationId}. The answer shows the classification valid today.
         *
         *     **Access:** `org.write` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateSchool"];
        trace?: never;
    };
    "/v1/schools/{schoolId}/classifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A school's classification history
         * @description The periods of its stages, ownership, location class, remote and weak flags and staffing quota, in date order. They tile time: the first holds since the school's creation (validFrom null), each later one from its validFrom, the last is open (validTo null).
         *
         *     **Access:** `org.read` (bureau_admin, hr_clerk, school_sync, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["listSchoolClassifications"];
        put?: never;
        /**
         * Reclassify a school from a date
         * @description A new period from `validFrom`: the current one ends the day before, and every earlier date keeps its answer. Facts not sent carry over. A start on or before the current period's start is refused with 422: correct that period (PATCH) instead.
         *
         *     **Access:** `org.write` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        post: operations["createSchoolClassification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/schools/{schoolId}/classifications/{classificationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a classification period in place
         * @description Corrections keep the period's id; send only the fields to change (If-Match: the version read). Moving a later period's start moves the previous period's end with it; the first period keeps no start.
         *
         *     **Access:** `org.write` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateSchoolClassification"];
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
         * @description Send only the fields to change. Employment category, 在编不在岗 and status are dated facts: this operation refuses them with a 422 pointing at the field; change them from a date with `POST /v1/teachers/{teacherId}/employment`, correct a period with `PATCH /v1/teachers/{teacherId}/employment/{periodId}`, end service with `POST /v1/teachers/{teacherId}/end`.
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
         * End a teacher's service (retired, left, deceased)
         * @description Personnel records are never deleted. The employment period ends on `endedOn` and one with the end status opens the next day; every assignment (primary and secondary), post appointment, subject and designation that runs past `endedOn` ends that day with the reason, each its own audited change. From the next day the teacher is in no list, metric population or report, and a record that would run past the end is refused (422, naming the end) until `POST /v1/teachers/{teacherId}/reinstate`. A record that starts after `endedOn` is 422 (correct it first); a teacher already ended is 409.
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
    "/v1/teachers/{teacherId}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reinstate an ended teacher from a date
         * @description 返聘 / 复职: the out-of-service period ends the day before `on` and an active period opens on `on` (audited). Records may start again from `on`; those ended with the service stay ended. Refused (422) for a teacher in service or a date not after the end.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["reinstateTeacher"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/employment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A teacher's employment history
         * @description Employment category (用人类别), 在编不在岗 and status as dated periods, first first. Exactly one period answers any date: the first has no start (since the register knew the teacher), the last is open. `GET /v1/teachers/{teacherId}?asOf=` shows the one for that date.
         *
         *     **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeacherEmployment"];
        put?: never;
        /**
         * Change a teacher's employment from a date
         * @description 合同转正, going on leave (离岗), returning: the period holding on `validFrom` ends the day before and the new values hold from `validFrom` to `validTo`, or to that period's end. With `validTo` inside the period (a leave that ends), the earlier values resume the day after. Earlier dates keep their answers. Refused (422): a change crossing into the next period, a period already starting that day (correct it with PATCH), a change while out of service (reinstate first), an end status (use `POST /v1/teachers/{teacherId}/end`). Returns the history after the change.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["changeTeacherEmployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/employment/{periodId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct an employment period in place
         * @description For values recorded wrongly (the category, 在编不在岗, the reason, active vs on leave); the period's dates stay. A change that happened on a date is `POST .../employment`; ending and reinstating are `/end` and `/reinstate`. Send If-Match with the version read.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        patch: operations["correctTeacherEmploymentPeriod"];
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
    "/v1/teachers/{teacherId}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an ethics veto bars a teacher from on a date
         * @description Per kind of write an ethics veto (师德一票否决, domain.md §3.3) blocks: whether the teacher may receive it on the date, and why (the ethics record whose veto applies, and its window). The record writes refuse what this answers as not eligible with 409, unless a bureau_admin sends `ethicsOverride: {reason}` (audited as `ethics_override`).
         *
         *     **Access:** `teachers.restricted.read` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        get: operations["getTeacherEligibility"];
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
         * @description Ordered by start date. With `asOf`, only the records valid on that date. At most one primary (home) assignment holds at a time: a new one that starts after the open one ends it on the day before; any other overlap of primary assignments is 409. Changing or ending an assignment needs its school (and a new one) in the caller's scope, and a new primary assignment never ends one at a school outside it: that is a transfer (交流轮岗 / 县管校聘) the county makes; both are 403.
         *
         *     **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeacherAssignments"];
        put?: never;
        /**
         * Add a assignment record
         * @description At most one primary (home) assignment holds at a time: a new one that starts after the open one ends it on the day before; any other overlap of primary assignments is 409. Changing or ending an assignment needs its school (and a new one) in the caller's scope, and a new primary assignment never ends one at a school outside it: that is a transfer (交流轮岗 / 县管校聘) the county makes; both are 403.
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
    "/v1/teachers/{teacherId}/titles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a teacher's titles
         * @description Ordered by start date. With `asOf`, only the records valid on that date. One title is held at a time: a new title ends the one held before on the day before; other overlaps are 409.
         *
         *     **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeacherTitles"];
        put?: never;
        /**
         * Add a title record
         * @description One title is held at a time: a new title ends the one held before on the day before; other overlaps are 409.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["createTeacherTitle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/titles/{titleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one title record
         * @description **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["getTeacherTitle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a title record in place
         * @description Corrections keep the record's id; send only the fields to change.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateTeacherTitle"];
        trace?: never;
    };
    "/v1/teachers/{teacherId}/titles/{titleId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a title record
         * @description Records are never deleted: ending sets the last valid day.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["endTeacherTitle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/post-appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a teacher's post appointments
         * @description Ordered by start date. With `asOf`, only the records valid on that date. One appointment holds at a time; a new one ends the previous on the day before. The post level may be above the title held (低职高聘).
         *
         *     **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeacherPostAppointments"];
        put?: never;
        /**
         * Add a post appointment record
         * @description One appointment holds at a time; a new one ends the previous on the day before. The post level may be above the title held (低职高聘).
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["createTeacherPostAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/post-appointments/{appointmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one post appointment record
         * @description **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["getTeacherPostAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a post appointment record in place
         * @description Corrections keep the record's id; send only the fields to change.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateTeacherPostAppointment"];
        trace?: never;
    };
    "/v1/teachers/{teacherId}/post-appointments/{appointmentId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a post appointment record
         * @description Records are never deleted: ending sets the last valid day.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["endTeacherPostAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/education": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a teacher's education
         * @description Ordered by start date. With `asOf`, only the records valid on that date. Qualifications count from their completion date; the highest one valid on a date is the teacher's `highestEducation`.
         *
         *     **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeacherEducationRecords"];
        put?: never;
        /**
         * Add a education record
         * @description Qualifications count from their completion date; the highest one valid on a date is the teacher's `highestEducation`.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["createTeacherEducation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/education/{educationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one education record
         * @description **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["getTeacherEducation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a education record in place
         * @description Corrections keep the record's id; send only the fields to change.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateTeacherEducation"];
        trace?: never;
    };
    "/v1/teachers/{teacherId}/education/{educationId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a education record
         * @description Records are never deleted: ending sets the last valid day.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["endTeacherEducation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/graduate-coursework": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a teacher's graduate coursework
         * @description Ordered by start date. With `asOf`, only the records valid on that date.
         *
         *     **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeacherGraduateCourseworkRecords"];
        put?: never;
        /**
         * Add a graduate coursework record
         * @description **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["createTeacherGraduateCoursework"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/graduate-coursework/{courseworkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one graduate coursework record
         * @description **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["getTeacherGraduateCoursework"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a graduate coursework record in place
         * @description Corrections keep the record's id; send only the fields to change.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateTeacherGraduateCoursework"];
        trace?: never;
    };
    "/v1/teachers/{teacherId}/graduate-coursework/{courseworkId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a graduate coursework record
         * @description Records are never deleted: ending sets the last valid day.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["endTeacherGraduateCoursework"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a teacher's subjects
         * @description Ordered by start date. With `asOf`, only the records valid on that date. Several subjects may be taught at once; the same subject and stage cannot overlap itself (a new period ends the open one).
         *
         *     **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeacherSubjects"];
        put?: never;
        /**
         * Add a subject record
         * @description Several subjects may be taught at once; the same subject and stage cannot overlap itself (a new period ends the open one).
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["createTeacherSubject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/subjects/{subjectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one subject record
         * @description **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["getTeacherSubject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a subject record in place
         * @description Corrections keep the record's id; send only the fields to change.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateTeacherSubject"];
        trace?: never;
    };
    "/v1/teachers/{teacherId}/subjects/{subjectId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a subject record
         * @description Records are never deleted: ending sets the last valid day.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["endTeacherSubject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a teacher's credentials
         * @description Ordered by start date. With `asOf`, only the records valid on that date. Ending a credential sets its expiry (last valid day). Status changes are events: POST .../events.
         *
         *     **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeacherCredentials"];
        put?: never;
        /**
         * Add a credential record
         * @description Ending a credential sets its expiry (last valid day). Status changes are events: POST .../events.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["createTeacherCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/credentials/{credentialId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one credential record
         * @description **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["getTeacherCredential"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a credential record in place
         * @description Corrections keep the record's id; send only the fields to change.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateTeacherCredential"];
        trace?: never;
    };
    "/v1/teachers/{teacherId}/credentials/{credentialId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a credential record
         * @description Records are never deleted: ending sets the last valid day.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["endTeacherCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/credentials/{credentialId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a credential's status events
         * @description **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeacherCredentialEvents"];
        put?: never;
        /**
         * Record a credential status change
         * @description Suspension, revocation, expiry or reinstatement from a date. In one transaction the credential's `status` becomes the status the events give today and its version (ETag) moves on; as-of questions (dual qualification on a date) read the dated events, so an event dated after today counts from its date there. The event may not precede the issue date.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["createTeacherCredentialEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/designations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a teacher's designations
         * @description Ordered by start date. With `asOf`, only the records valid on that date. Type `other` needs `typeName`. A revoked designation needs `validUntil` (the revocation date) and an expired one its last valid day, so as-of reads see it up to that day and not after. Ending one sets `validUntil`.
         *
         *     **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeacherDesignations"];
        put?: never;
        /**
         * Add a designation record
         * @description Type `other` needs `typeName`. A revoked designation needs `validUntil` (the revocation date) and an expired one its last valid day, so as-of reads see it up to that day and not after. Ending one sets `validUntil`.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["createTeacherDesignation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/designations/{designationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one designation record
         * @description **Access:** `teachers.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["getTeacherDesignation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a designation record in place
         * @description Corrections keep the record's id; send only the fields to change.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateTeacherDesignation"];
        trace?: never;
    };
    "/v1/teachers/{teacherId}/designations/{designationId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a designation record
         * @description Records are never deleted: ending sets the last valid day.
         *
         *     **Access:** `teachers.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["endTeacherDesignation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/ethics-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a teacher's ethics records
         * @description Ordered by start date. With `asOf`, only the records valid on that date. Restricted personal data. A veto (一票否决) needs the window it applies to (vetoFrom–vetoTo); inside it the writes it blocks (GET /v1/teachers/{teacherId}/eligibility lists them) are refused with 409 unless a bureau_admin sends ethicsOverride.
         *
         *     **Access:** `teachers.restricted.read` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeacherEthicsRecords"];
        put?: never;
        /**
         * Add a ethics record record
         * @description Restricted personal data. A veto (一票否决) needs the window it applies to (vetoFrom–vetoTo); inside it the writes it blocks (GET /v1/teachers/{teacherId}/eligibility lists them) are refused with 409 unless a bureau_admin sends ethicsOverride.
         *
         *     **Access:** `teachers.restricted.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["createTeacherEthicsRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/ethics-records/{ethicsRecordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one ethics record record
         * @description **Access:** `teachers.restricted.read` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        get: operations["getTeacherEthicsRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a ethics record record in place
         * @description Corrections keep the record's id; send only the fields to change.
         *
         *     **Access:** `teachers.restricted.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateTeacherEthicsRecord"];
        trace?: never;
    };
    "/v1/teachers/{teacherId}/ethics-records/{ethicsRecordId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a ethics record record
         * @description Records are never deleted: ending sets the last valid day.
         *
         *     **Access:** `teachers.restricted.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["endTeacherEthicsRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/annual-appraisals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a teacher's annual appraisals
         * @description Ordered by start date. With `asOf`, only the records valid on that date. Restricted personal data. One result per teacher and year, listed by year; correct it in place (a wrong year too).
         *
         *     **Access:** `teachers.restricted.read` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeacherAnnualAppraisals"];
        put?: never;
        /**
         * Add a annual appraisal record
         * @description Restricted personal data. One result per teacher and year, listed by year; correct it in place (a wrong year too).
         *
         *     **Access:** `teachers.restricted.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["createTeacherAnnualAppraisal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/annual-appraisals/{appraisalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one annual appraisal record
         * @description **Access:** `teachers.restricted.read` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        get: operations["getTeacherAnnualAppraisal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a annual appraisal record in place
         * @description Corrections keep the record's id; send only the fields to change.
         *
         *     **Access:** `teachers.restricted.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateTeacherAnnualAppraisal"];
        trace?: never;
    };
    "/v1/training-programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List training programmes
         * @description Cursor-paged, ordered by id. A programme is visible to principals bound at or above its owner and to those below it (it is offered down the owner's subtree); a teacher sees the programmes they are enrolled in.
         *
         *     **Access:** `training.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTrainingPrograms"];
        put?: never;
        /**
         * Create a training programme
         * @description Owned by a jurisdiction or a school in the caller's subtree; modules (科目) are optional.
         *
         *     **Access:** `training.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["createTrainingProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-programs/{programId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a training programme
         * @description **Access:** `training.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["getTrainingProgram"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a training programme
         * @description Send only the fields to change. `modules` replaces the module list, allowed only while no module result is recorded (409). Hours credited for completions already recorded keep their value. Principals below the owner see the programme but may not change it (403).
         *
         *     **Access:** `training.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateTrainingProgram"];
        trace?: never;
    };
    "/v1/training-programs/{programId}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Programme statistics: 上站率, completion, 单科结业率, 人次, hours
         * @description Counts over the enrolments of teachers in the caller's scope (a county reporter sees its county's share of a city programme).
         *
         *     **Access:** `training.stats` (bureau_admin, hr_clerk, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["getTrainingProgramStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-programs/{programId}/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a programme's enrolments
         * @description Cursor-paged, ordered by id; only enrolments of teachers in the caller's scope (a teacher: their own).
         *
         *     **Access:** `training.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTrainingEnrollments"];
        put?: never;
        /**
         * Enrol a teacher in a programme
         * @description The teacher must be in the caller's scope and serve under the programme's owner (422 otherwise). A full programme or a withdrawn enrolment is 409; enrolling an enrolled teacher again returns the existing enrolment (200).
         *
         *     **Access:** `training.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["createTrainingEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-programs/{programId}/enrollments/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enrol many teachers (JSON array or CSV)
         * @description One transaction: every row is checked first and either all rows apply or none (422 with one error per failing row, pointer `/<row>/<field>`). Teachers are named by `teacherId` or `nationalId`. The answer has a result per row (`created`, or `unchanged` for a teacher already enrolled). CSV columns: `teacherId` or `nationalId`, `enrolledOn`, `note`.
         *
         *     **Access:** `training.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["bulkEnrollTraining"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-programs/{programId}/enrollments/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record starts, results and module results for many enrolments (JSON array or CSV)
         * @description Each row names an enrolled teacher (`teacherId` or `nationalId`) and what to record: `status` (started, completed, failed, withdrawn) with its date `on`, `score`, `note` and per-module results. One transaction: every row is checked first and either all rows apply or none (422, one error per failing row, pointer `/<row>/<field>`). Completions credit the programme's hours once. CSV columns: `teacherId` or `nationalId`, `status`, `on`, `score`, `note`, and `module:<code>` (passed / failed) per module.
         *
         *     **Access:** `training.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["recordTrainingResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-programs/{programId}/enrollments/{enrollmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an enrolment with its module results
         * @description **Access:** `training.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["getTrainingEnrollment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Record a start, result or withdrawal, module results or a score
         * @description enrolled → started (上站) → completed or failed; withdrawn from enrolled or started. A result may be recorded from enrolled (the start date is then the result date) and corrected (completed ⇄ failed). Completion credits the programme's hours as a verified training record, once; a completion corrected to failed rejects that record. Disallowed transitions are 409.
         *
         *     **Access:** `training.write` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateTrainingEnrollment"];
        trace?: never;
    };
    "/v1/training-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List training records
         * @description Cursor-paged, ordered by id, records of teachers in the caller's scope. `status=submitted` is the verification queue.
         *
         *     **Access:** `training.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTrainingRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-records/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a training record
         * @description **Access:** `training.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["getTrainingRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-records/{recordId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a submitted training record
         * @description submitted → verified; the reviewer and the instant are kept (`verifiedAt`, knowledge time), and the decision is dated today (`decidedOn`, UTC): `asOf` counts the record from today on, however long ago it was completed. A past decision is loaded with the claim endpoint's import fields instead. Any other status is 409.
         *
         *     **Access:** `training.verify` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["verifyTrainingRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-records/{recordId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a training record, with a reason
         * @description submitted → rejected, or verified → rejected to withdraw a verification; the reason, reviewer and instant are kept, the decision is dated today (`decidedOn`, UTC) and the record stops counting as of today; an earlier `asOf` still counts a withdrawn verification from its own date (`verifiedOn`), and a `knownAt` before now still sees it verified. A programme completion is changed through its enrolment result instead (409).
         *
         *     **Access:** `training.verify` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        post: operations["rejectTrainingRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/training-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a teacher's training records
         * @description Ordered by completion date. A teacher may read their own.
         *
         *     **Access:** `training.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeacherTrainingRecords"];
        put?: never;
        /**
         * Submit a training claim, or import a decided record
         * @description A claim for hours earned outside a recorded enrolment: an external course (with its evidence reference), a school-based activity (校本研修), or a programme completion not recorded through an enrolment. It starts `submitted` and counts only once verified. A teacher may claim for themself. The same evidence reference or programme cannot be claimed twice while a claim for it is not rejected (409). Historical import: with `status` `verified` or `rejected`, `decidedOn` (the decision's business date: on or after completedOn, not in the future) and `reviewedBy` (the historical decider; a rejection also needs `rejectionReason`), the record is stored with that decision, recorded now: it counts as of `decidedOn` for `asOf` questions, and from this request's instant for `knownAt` questions. Importing needs the permission `training.import` (bureau_admin and hr_clerk, for teachers in their scope; a teacher may not: 403); the audit event is `import`, with the historical decider, and its actor is the caller. School systems import the same way through sync batches.
         *
         *     **Access:** `training.claim` (bureau_admin, hr_clerk, teacher); records outside the caller's org subtree answer 404.
         */
        post: operations["submitTrainingClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List continuing-education rule versions
         * @description Cursor-paged, ordered by id. A principal sees the versions attached in its subtree and those of its ancestors (which its teachers inherit: the nearest jurisdiction with a version in force on a date decides).
         *
         *     **Access:** `training.rules.read` (bureau_admin, hr_clerk, school_sync, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["listTrainingRules"];
        put?: never;
        /**
         * Add a rule version to a jurisdiction
         * @description A version applies from `effectiveFrom` to the next version's, to the jurisdiction and everything below it that has no nearer version in force. One version per jurisdiction and date (409). A version dated in the past (loading historical rules) changes evaluations as of dates after it; the audit trail records when it was added.
         *
         *     **Access:** `training.rules.write` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        post: operations["createTrainingRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a rule version
         * @description **Access:** `training.rules.read` (bureau_admin, hr_clerk, school_sync, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["getTrainingRule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a rule version that is not yet in force
         * @description Only a version whose effective date is after today can change (and its new date must be after today too); a version in force is immutable (409) so past evaluations stay reproducible: add a new version instead.
         *
         *     **Access:** `training.rules.write` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateTrainingRule"];
        trace?: never;
    };
    "/v1/teachers/{teacherId}/training-compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A teacher's continuing-education cycle compliance, explained
         * @description The rule version applied (the nearest jurisdiction above the teacher's home school with a version in force on `asOf`; for a cycle that ended before `asOf`, the version in force on its last day), the cycle window, the hours required after pro-rating, verified and pending hours by category and by year, the shortfall, the status, and every check with pass/fail and the records that count toward it. `asOf` is the business date: a record counts when completed and verified (its `decidedOn`) by then, so history imported today answers past dates. `knownAt` is the knowledge time: the register as recorded by that instant (records submitted, verified or rejected later are not seen), so a gate decided at a given instant is reproducible. Status: complete (every check passed), behind (a closed check failed, or counted hours are below the straight-line share for the days elapsed), on_track, or not_eligible (with the reason).
         *
         *     **Access:** `training.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["getTeacherTrainingCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Teachers' continuing-education status, for a school or a jurisdiction
         * @description Cursor-paged by teacher id. A page is one query: each teacher's status and hours are computed in SQL by the same rules as the per-teacher evaluation (which explains them), so a `status` filter is an ordinary condition and pages never skip rows. Teachers are those assigned on `asOf` to the school or below the jurisdiction. `asOf` is the business date (records completed and verified by their decision date by then); `knownAt` the knowledge time (only what was recorded by that instant, with the status recorded then), as for one teacher. With `Accept: text/csv` the whole filtered set is returned as CSV (limit and cursor ignored).
         *
         *     **Access:** `training.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["listTrainingCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teachers/{teacherId}/training-transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A teacher's training transcript (JSON or CSV)
         * @description Every training record in date order with totals by year and category; verified and submitted records (add `includeRejected=true` for rejected ones, which never count). `Accept: text/csv` returns the records as CSV. A teacher may read their own. With `knownAt`, the transcript as the register showed it at that instant: only records submitted by then, each with the status recorded by then (a record verified later is shown submitted, a rejection recorded later is not shown).
         *
         *     **Access:** `training.read` (bureau_admin, hr_clerk, school_sync, teacher); records outside the caller's org subtree answer 404.
         */
        get: operations["getTeacherTrainingTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Training roll-up by jurisdiction and year
         * @description Enrolments of teachers in the caller's scope, grouped by the unit directly below the jurisdiction that holds the teacher's home school on the enrolment date (a child jurisdiction, or a school directly below) and by the year the programme started, with a total row per year: enrolled, 上站率, completion rate, 单科结业率, 人次 and hours delivered.
         *
         *     **Access:** `training.stats` (bureau_admin, hr_clerk, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["getTrainingRollup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change feed: every create, update, end and delete of teachers and their synced records
         * @description One ordered feed per bureau. Start without a cursor, then always pass the `nextCursor` you received; `hasMore: false` means you are up to date (poll again later with the same cursor). A change is never skipped, even when concurrent transactions commit out of order, and never returned twice. The changes of one transaction come out together, in order.
         *
         *     **Scope follows the people.** A change is delivered to every reader whose scope held the record when it was written, before or after the change: the schools where the teacher holds an assignment that has not ended on that day (a county sees its schools'), or, for a teacher with none (retired, left), the schools where they last served; an assignment also reaches its own school, before and after it is moved. So the old school of a transferred teacher receives the end of the assignment, with `leftScope: true`, and the teacher's changes until that end date, then nothing more about them; the new school receives the new assignment and everything after it (read the teacher's earlier records with GET /v1/teachers/{teacherId}); a host school receives a concurrent (secondary) post from the day it is recorded, and its end with `leftScope: true`. A teacher who retires or leaves stays with the schools where they last served (their end arrives there with `leftScope: false`). Scope is fixed when a change is written: a later transfer does not take earlier changes out of the old school's feed, nor put them into the new school's.
         *
         *     **Access:** `changes.read` (bureau_admin, hr_clerk, school_sync); records outside the caller's org subtree answer 404.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sync/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A school's pushed batches, oldest first (results: GET the batch)
         * @description **Access:** `sync.read` (bureau_admin, hr_clerk, school_sync); records outside the caller's org subtree answer 404.
         */
        get: operations["listSyncBatches"];
        put?: never;
        /**
         * Push a school's staff records (upsert by the school's own keys; dry run; full or delta)
         * @description Needs an `Idempotency-Key`: a retry with the same key and body returns the stored result without applying again; the same key with another body is 422. Every row gets a result (`created`, `updated`, `unchanged`, `ended` or `rejected` with an RFC 9457 problem whose pointers point into the batch). Valid rows apply and rejected rows are reported, in one transaction; with `atomic: true` a rejected row rolls everything back (`outcome: rolled_back`). `dry_run` runs the same transaction and rolls it back, so it answers exactly what `apply` would do. At most 10,000 rows per collection (413 beyond). A full batch that would end more than 20% of the school's current staff is 409 unless it says `confirmMassEnd: true`.
         *
         *     **Access:** `sync.push` (bureau_admin, hr_clerk, school_sync); records outside the caller's org subtree answer 404.
         */
        post: operations["createSyncBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sync/batches/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A pushed batch and its stored result
         * @description **Access:** `sync.read` (bureau_admin, hr_clerk, school_sync); records outside the caller's org subtree answer 404.
         */
        get: operations["getSyncBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List targets in scope
         * @description Targets of the caller's subtree (or of the subtree of `jurisdictionId`), ordered by id.
         *
         *     **Access:** `targets.read` (bureau_admin, hr_clerk, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["listTargets"];
        put?: never;
        /**
         * Add a target to a jurisdiction's plan
         * @description The metric is a declarative definition (see Metric); `unit` must be the unit it yields (percent for shares, years for averages, people or designations for counts). A code is unique per jurisdiction (409).
         *
         *     **Access:** `targets.write` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        post: operations["createTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/targets/{targetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a target
         * @description **Access:** `targets.read` (bureau_admin, hr_clerk, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["getTarget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a target (or archive it with status archived)
         * @description Targets are plan data: a corrected definition applies to every later evaluation; stored snapshots keep the figures (and the definition) they were computed with. Send If-Match with the ETag you read (412 when it changed since).
         *
         *     **Access:** `targets.write` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        patch: operations["updateTarget"];
        trace?: never;
    };
    "/v1/targets/{targetId}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Evaluate a target as of a date: value, met, gap, days to deadline, breakdown
         * @description Numerator, denominator and value over the target's jurisdiction with the register as it was on `asOf` (assignments, titles, education, designations and credentials valid that day), whether it meets the target, the gap (and, for shares, how many people short), the days left to the deadline, and one row per school or child jurisdiction in scope. For the reporter role, cells about fewer than 5 people are suppressed. `knownAt` (training compliance only) evaluates the training records as recorded by that instant; see the parameter.
         *
         *     **Access:** `targets.read` (bureau_admin, hr_clerk, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["evaluateTarget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/targets/{targetId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The teachers behind a target's figures (drill-down)
         * @description `set=numerator`: the teachers counted in the numerator; `population`: everyone in the denominator; `gap`: those in the population but not in the numerator (who would have to change for the target to be met). As of `asOf`, cursor-paged by id, in the teacher summary shape. Not for aggregate-only roles.
         *
         *     **Access:** `targets.members` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        get: operations["listTargetMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/targets/{targetId}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The target's stored evaluations (its trend), oldest date first
         * @description **Access:** `targets.read` (bureau_admin, hr_clerk, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["listTargetSnapshots"];
        put?: never;
        /**
         * Store an evaluation of the target (a point of its trend)
         * @description Evaluates the target as of `asOf` and keeps the result as it is now, so the trend shows what was reported then.
         *
         *     **Access:** `targets.write` (bureau_admin); records outside the caller's org subtree answer 404.
         */
        post: operations["createTargetSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/metrics/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate an ad-hoc metric definition over a jurisdiction as of a date
         * @description The same evaluation as a target's, for a definition that is not stored (to try one out before saving a target). The definition is declarative JSON (see the Metric schema); it is compiled to one set-based SQL statement. For the reporter role, breakdown cells about fewer than 5 people are suppressed. `knownAt` applies to training compliance only (see the field).
         *
         *     **Access:** `targets.read` (bureau_admin, hr_clerk, reporter); records outside the caller's org subtree answer 404.
         */
        post: operations["evaluateMetric"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/workforce": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Workforce structure (师资队伍结构) as of a date
         * @description The teachers whose home (primary) post on `asOf` is at a school in the jurisdiction, counted by highest education, title, age band (周岁 on the date), employment category, stage and location class of the home school, gender, 双师型 and highest designation level on the date, each with its share of the total. Every code of each dimension is listed, zero rows included, in vocabulary order (labels from /v1/vocabularies). School stage counts a teacher under each stage the home school offers, so it can add up to more than the total. Cells under 5 teachers are suppressed unless the caller holds `reports.small_cells.read`. `Accept: text/csv` or the XLSX media type returns the same numbers as a file.
         *
         *     **Access:** `reports.read` (bureau_admin, hr_clerk, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["getWorkforceReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every active target in a jurisdiction's subtree with its evaluation as of a date
         * @description Each target is evaluated over its own jurisdiction with the register as it was on `asOf`: value, numerator and denominator, met, gap (and, for shares, how many people short), days to the deadline; in code order. All targets are computed in one SQL statement. `Accept: text/csv` or the XLSX media type returns the same rows as a file (zh-CN headers).
         *
         *     **Access:** `reports.read` (bureau_admin, hr_clerk, reporter); records outside the caller's org subtree answer 404.
         */
        get: operations["getTargetsReport"];
        put?: never;
        post?: never;
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
            /** @description For a teacher principal, their own record */
            teacher: components["schemas"]["Teacher"] | null;
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
             * @description 用人类别 on `asOf` (the employment period that answers it)
             * @enum {string}
             */
            employmentCategory: "on_establishment" | "contract" | "substitute" | "special_post" | "other";
            /** @description 在编不在岗 on `asOf` */
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
            /**
             * @description Status on `asOf`: active, on_leave, or an end status (retired, left, deceased)
             * @enum {string}
             */
            status: "active" | "on_leave" | "retired" | "left" | "deceased";
            /**
             * Format: date
             * @description Last day of service, when the teacher is out of service on `asOf`
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
        };
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
         *       "classificationId": "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e10",
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
            /**
             * Format: uuid
             * @description The classification period these six facts come from (valid on the date read)
             */
            classificationId: string;
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
         *       "name": "双台子区实验小学（东校区）"
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
        } & {
            [key: string]: unknown;
        };
        /** @description Every period, in date order (a school has few: the list is not paged) */
        SchoolClassificationHistory: {
            items: components["schemas"]["SchoolClassification"][];
        };
        /**
         * @example {
         *       "id": "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e10",
         *       "schoolId": "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
         *       "validFrom": "2026-09-01",
         *       "validTo": null,
         *       "stages": [
         *         "primary"
         *       ],
         *       "ownership": "public",
         *       "locationClass": "rural",
         *       "remote": true,
         *       "weak": false,
         *       "staffingQuota": 48,
         *       "version": 1,
         *       "createdAt": "2026-06-30T08:00:00.000Z",
         *       "updatedAt": "2026-06-30T08:00:00.000Z"
         *     }
         */
        SchoolClassification: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            schoolId: string;
            /**
             * Format: date
             * @description First day of the period; null: since the school's creation (the first period only)
             * @example 2025-08-31
             */
            validFrom: string | null;
            /**
             * Format: date
             * @description Last day (inclusive); null while it is the current period. Set when the next period starts
             * @example 2025-08-31
             */
            validTo: string | null;
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
         * @description A reclassification from a date. Facts not sent keep the value of the period it ends.
         * @example {
         *       "validFrom": "2026-09-01",
         *       "locationClass": "rural",
         *       "remote": true
         *     }
         */
        SchoolClassificationCreate: {
            /**
             * Format: date
             * @description First day of the new period; the current one ends the day before
             * @example 2025-08-31
             */
            validFrom: string;
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
        /**
         * @description A correction of one period in place. A later period's start may move between the previous period's start and its own end; the previous period's end moves with it.
         * @example {
         *       "staffingQuota": 52
         *     }
         */
        SchoolClassificationUpdate: {
            /**
             * Format: date
             * @description First day of the period; null: since the school's creation (the first period only)
             * @example 2025-08-31
             */
            validFrom?: string | null;
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
         *       "staffNumber": "T2011-0043"
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
             * @description Refused (422): a dated fact, see `/employment`
             * @enum {string}
             */
            employmentCategory?: "on_establishment" | "contract" | "substitute" | "special_post" | "other";
            /** @description Refused (422): a dated fact, see `/employment` */
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
             * @description Refused (422): see `/employment`, `/end` and `/reinstate`
             * @enum {string}
             */
            status?: "active" | "on_leave" | "retired" | "left" | "deceased";
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
            status: "retired" | "left" | "deceased";
            /**
             * Format: date
             * @description Last day of service; every assignment, post appointment, subject and designation running past it ends on this day
             * @example 2025-08-31
             */
            endedOn: string;
            reason?: string;
        };
        TeacherEmploymentHistory: {
            /** @description Every period, first first; they never overlap and leave no gap */
            items: components["schemas"]["TeacherEmploymentPeriod"][];
        };
        /**
         * @example {
         *       "id": "0193a0d2-1a2b-7c3d-8e4f-5a6b7c8d9e03",
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "employmentCategory": "on_establishment",
         *       "onEstablishmentNotAtPost": false,
         *       "reason": "合同转正",
         *       "status": "active",
         *       "validFrom": "2024-09-01",
         *       "validTo": null,
         *       "version": 1
         *     }
         */
        TeacherEmploymentPeriod: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teacherId: string;
            /**
             * @description 用人类别: on_establishment 在编, contract 合同, substitute 代课, special_post 特岗, other
             * @enum {string}
             */
            employmentCategory: "on_establishment" | "contract" | "substitute" | "special_post" | "other";
            /** @description 在编不在岗: holds an establishment slot but is not working at the post */
            onEstablishmentNotAtPost: boolean;
            /** @description Why the period began (合同转正, 病假, 到龄退休 …) */
            reason: string | null;
            /** @enum {string} */
            status: "active" | "on_leave" | "retired" | "left" | "deceased";
            /**
             * Format: date
             * @description First day; null for the first period (since the register knew the teacher)
             * @example 2025-08-31
             */
            validFrom: string | null;
            /**
             * Format: date
             * @description Last day (inclusive); null while open
             * @example 2025-08-31
             */
            validTo: string | null;
            version: number;
        };
        /**
         * @example {
         *       "on": "2025-09-01",
         *       "reason": "返聘"
         *     }
         */
        TeacherReinstate: {
            /**
             * Format: date
             * @description First day back in service
             * @example 2025-08-31
             */
            on: string;
            reason?: string;
        };
        /**
         * @example {
         *       "validFrom": "2024-09-01",
         *       "employmentCategory": "on_establishment",
         *       "reason": "合同转正"
         *     }
         */
        TeacherEmploymentChange: {
            /**
             * Format: date
             * @description First day of the new values
             * @example 2025-08-31
             */
            validFrom: string;
            /**
             * Format: date
             * @description Last day, for a change known to end (a leave): the values before it resume the day after
             * @example 2025-08-31
             */
            validTo?: string | null;
            /**
             * @description 用人类别: on_establishment 在编, contract 合同, substitute 代课, special_post 特岗, other
             * @enum {string}
             */
            employmentCategory?: "on_establishment" | "contract" | "substitute" | "special_post" | "other";
            /** @description 在编不在岗: holds an establishment slot but is not working at the post */
            onEstablishmentNotAtPost?: boolean;
            /**
             * @description on_leave (离岗) or active (returning); ending service is POST /end
             * @enum {string}
             */
            status?: "active" | "on_leave";
            /** @description Why the period began (合同转正, 病假, 到龄退休 …) */
            reason?: string | null;
        };
        /**
         * @example {
         *       "employmentCategory": "special_post"
         *     }
         */
        TeacherEmploymentCorrection: {
            /**
             * @description 用人类别: on_establishment 在编, contract 合同, substitute 代课, special_post 特岗, other
             * @enum {string}
             */
            employmentCategory?: "on_establishment" | "contract" | "substitute" | "special_post" | "other";
            /** @description 在编不在岗: holds an establishment slot but is not working at the post */
            onEstablishmentNotAtPost?: boolean;
            /** @description Why the period began (合同转正, 病假, 到龄退休 …) */
            reason?: string | null;
            /**
             * @description Between active and on_leave only
             * @enum {string}
             */
            status?: "active" | "on_leave" | "retired" | "left" | "deceased";
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
        /**
         * @example {
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "asOf": "2025-03-01",
         *       "items": [
         *         {
         *           "for": "title_appraisal",
         *           "eligible": false,
         *           "reason": "职称评聘 (a title by appraisal) is blocked by the ethics veto of record 0193a0d8-1a2b-7c3d-8e4f-5a6b7c8d9e09 (2025-01-01 – 2026-12-31) under domain.md §1.10, §3.3 师德一票否决",
         *           "veto": {
         *             "ethicsRecordId": "0193a0d8-1a2b-7c3d-8e4f-5a6b7c8d9e09",
         *             "vetoFrom": "2025-01-01",
         *             "vetoTo": "2026-12-31"
         *           }
         *         }
         *       ]
         *     }
         */
        TeacherEligibility: {
            /** Format: uuid */
            teacherId: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            asOf: string;
            items: components["schemas"]["EligibilityItem"][];
        };
        EligibilityItem: {
            /** @enum {string} */
            for: "title_appraisal" | "post_promotion" | "designation" | "annual_appraisal" | "teacher_certificate";
            /** @description False while an ethics veto (一票否决) applies: the write is refused (409) unless a bureau_admin overrides it */
            eligible: boolean;
            reason: string;
            /** @description The ethics record whose veto applies, and its window */
            veto: {
                /** Format: uuid */
                ethicsRecordId: string;
                /**
                 * Format: date
                 * @description Business date, YYYY-MM-DD
                 * @example 2025-08-31
                 */
                vetoFrom: string;
                /**
                 * Format: date
                 * @description Business date, YYYY-MM-DD
                 * @example 2025-08-31
                 */
                vetoTo: string | null;
            } | null;
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
        TeacherTitlePage: {
            items: components["schemas"]["TeacherTitle"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0d0-1a2b-7c3d-8e4f-5a6b7c8d9e01",
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "level": "first_grade",
         *       "obtainedOn": "2016-12-20",
         *       "obtainedBy": "appraisal",
         *       "series": "中小学教师",
         *       "certificateNumber": "辽职1234",
         *       "validTo": null,
         *       "group": "intermediate",
         *       "endReason": null,
         *       "version": 1
         *     }
         */
        TeacherTitle: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teacherId: string;
            /**
             * @description 正高级 senior_professional, 高级 senior, 一级 first_grade, 二级 second_grade, 三级 third_grade
             * @enum {string}
             */
            level: "none" | "third_grade" | "second_grade" | "first_grade" | "senior" | "senior_professional";
            /**
             * Format: date
             * @description Date the title was obtained (valid from)
             * @example 2025-08-31
             */
            obtainedOn: string;
            /**
             * @description appraisal 评审, recognition 认定, transfer_in 调入转评
             * @enum {string}
             */
            obtainedBy: "appraisal" | "recognition" | "transfer_in";
            /** @description Title series, e.g. 中小学教师 */
            series: string | null;
            certificateNumber: string | null;
            /**
             * Format: date
             * @description Last day held (set when superseded or ended)
             * @example 2025-08-31
             */
            validTo: string | null;
            /**
             * @description 高级 senior / 中级 intermediate / 初级 junior
             * @enum {string}
             */
            group: "none" | "junior" | "intermediate" | "senior";
            endReason: string | null;
            version: number;
        };
        /**
         * @example {
         *       "level": "senior",
         *       "obtainedOn": "2022-12-15",
         *       "obtainedBy": "appraisal"
         *     }
         */
        TeacherTitleCreate: {
            /**
             * @description 正高级 senior_professional, 高级 senior, 一级 first_grade, 二级 second_grade, 三级 third_grade
             * @enum {string}
             */
            level: "none" | "third_grade" | "second_grade" | "first_grade" | "senior" | "senior_professional";
            /**
             * Format: date
             * @description Date the title was obtained (valid from)
             * @example 2025-08-31
             */
            obtainedOn: string;
            /**
             * @description appraisal 评审, recognition 认定, transfer_in 调入转评
             * @default appraisal
             * @enum {string}
             */
            obtainedBy?: "appraisal" | "recognition" | "transfer_in";
            /** @description Title series, e.g. 中小学教师 */
            series?: string | null;
            certificateNumber?: string | null;
            /**
             * Format: date
             * @description Last day held (set when superseded or ended)
             * @example 2025-08-31
             */
            validTo?: string | null;
            ethicsOverride?: components["schemas"]["EthicsOverride"];
        };
        /** @description Write what an applying ethics veto (一票否决) blocks; bureau_admin only, audited with the reason. Ignored when no veto applies. */
        EthicsOverride: {
            /** @example 经复核，师德问题已查实不成立 */
            reason: string;
        };
        /**
         * @example {
         *       "obtainedOn": "2022-12-16"
         *     }
         */
        TeacherTitleUpdate: {
            /**
             * @description 正高级 senior_professional, 高级 senior, 一级 first_grade, 二级 second_grade, 三级 third_grade
             * @enum {string}
             */
            level?: "none" | "third_grade" | "second_grade" | "first_grade" | "senior" | "senior_professional";
            /**
             * Format: date
             * @description Date the title was obtained (valid from)
             * @example 2025-08-31
             */
            obtainedOn?: string;
            /**
             * @description appraisal 评审, recognition 认定, transfer_in 调入转评
             * @enum {string}
             */
            obtainedBy?: "appraisal" | "recognition" | "transfer_in";
            /** @description Title series, e.g. 中小学教师 */
            series?: string | null;
            certificateNumber?: string | null;
            /**
             * Format: date
             * @description Last day held (set when superseded or ended)
             * @example 2025-08-31
             */
            validTo?: string | null;
            ethicsOverride?: components["schemas"]["EthicsOverride"];
        };
        TeacherPostAppointmentPage: {
            items: components["schemas"]["TeacherPostAppointment"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e02",
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "postLevel": "senior",
         *       "grade": 7,
         *       "appointedOn": "2023-01-01",
         *       "validTo": null,
         *       "endReason": null,
         *       "version": 1
         *     }
         */
        TeacherPostAppointment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teacherId: string;
            /**
             * @description The level of the post appointed to (岗位聘用), which may differ from the title held (低职高聘)
             * @enum {string}
             */
            postLevel: "none" | "third_grade" | "second_grade" | "first_grade" | "senior" | "senior_professional";
            /** @description 专业技术岗位等级 1–13, if known */
            grade: number | null;
            /**
             * Format: date
             * @description First day of the appointment
             * @example 2025-08-31
             */
            appointedOn: string;
            /**
             * Format: date
             * @description Last day of the appointment
             * @example 2025-08-31
             */
            validTo: string | null;
            endReason: string | null;
            version: number;
        };
        /**
         * @example {
         *       "postLevel": "senior",
         *       "grade": 7,
         *       "appointedOn": "2023-01-01"
         *     }
         */
        TeacherPostAppointmentCreate: {
            /**
             * @description The level of the post appointed to (岗位聘用), which may differ from the title held (低职高聘)
             * @enum {string}
             */
            postLevel: "none" | "third_grade" | "second_grade" | "first_grade" | "senior" | "senior_professional";
            /** @description 专业技术岗位等级 1–13, if known */
            grade?: number | null;
            /**
             * Format: date
             * @description First day of the appointment
             * @example 2025-08-31
             */
            appointedOn: string;
            /**
             * Format: date
             * @description Last day of the appointment
             * @example 2025-08-31
             */
            validTo?: string | null;
            ethicsOverride?: components["schemas"]["EthicsOverride"];
        };
        /**
         * @example {
         *       "grade": 6
         *     }
         */
        TeacherPostAppointmentUpdate: {
            /**
             * @description The level of the post appointed to (岗位聘用), which may differ from the title held (低职高聘)
             * @enum {string}
             */
            postLevel?: "none" | "third_grade" | "second_grade" | "first_grade" | "senior" | "senior_professional";
            /** @description 专业技术岗位等级 1–13, if known */
            grade?: number | null;
            /**
             * Format: date
             * @description First day of the appointment
             * @example 2025-08-31
             */
            appointedOn?: string;
            /**
             * Format: date
             * @description Last day of the appointment
             * @example 2025-08-31
             */
            validTo?: string | null;
            ethicsOverride?: components["schemas"]["EthicsOverride"];
        };
        TeacherEducationPage: {
            items: components["schemas"]["TeacherEducation"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0d2-1a2b-7c3d-8e4f-5a6b7c8d9e03",
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "level": "bachelor",
         *       "institution": "辽宁师范大学",
         *       "major": "数学与应用数学",
         *       "mode": "full_time",
         *       "degreeAwarded": true,
         *       "completedOn": "2008-07-01",
         *       "validTo": null,
         *       "endReason": null,
         *       "version": 1
         *     }
         */
        TeacherEducation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teacherId: string;
            /**
             * @description 中专/高中 secondary_vocational, 专科 associate, 本科 bachelor, 硕士 master, 博士 doctorate
             * @enum {string}
             */
            level: "below_secondary" | "secondary_vocational" | "associate" | "bachelor" | "master" | "doctorate";
            institution: string;
            major: string | null;
            /**
             * @description 全日制 full_time or 在职 in_service
             * @enum {string}
             */
            mode: "full_time" | "in_service";
            /** @description A degree (学位) was awarded with the qualification */
            degreeAwarded: boolean;
            /**
             * Format: date
             * @description Date completed; counts from this day
             * @example 2025-08-31
             */
            completedOn: string;
            /**
             * Format: date
             * @description Only if the qualification was withdrawn
             * @example 2025-08-31
             */
            validTo: string | null;
            endReason: string | null;
            version: number;
        };
        /**
         * @example {
         *       "level": "master",
         *       "institution": "东北师范大学",
         *       "mode": "in_service",
         *       "completedOn": "2019-06-30"
         *     }
         */
        TeacherEducationCreate: {
            /**
             * @description 中专/高中 secondary_vocational, 专科 associate, 本科 bachelor, 硕士 master, 博士 doctorate
             * @enum {string}
             */
            level: "below_secondary" | "secondary_vocational" | "associate" | "bachelor" | "master" | "doctorate";
            institution: string;
            major?: string | null;
            /**
             * @description 全日制 full_time or 在职 in_service
             * @default full_time
             * @enum {string}
             */
            mode?: "full_time" | "in_service";
            /**
             * @description A degree (学位) was awarded with the qualification
             * @default true
             */
            degreeAwarded?: boolean;
            /**
             * Format: date
             * @description Date completed; counts from this day
             * @example 2025-08-31
             */
            completedOn: string;
            /**
             * Format: date
             * @description Only if the qualification was withdrawn
             * @example 2025-08-31
             */
            validTo?: string | null;
        };
        /**
         * @example {
         *       "major": "课程与教学论"
         *     }
         */
        TeacherEducationUpdate: {
            /**
             * @description 中专/高中 secondary_vocational, 专科 associate, 本科 bachelor, 硕士 master, 博士 doctorate
             * @enum {string}
             */
            level?: "below_secondary" | "secondary_vocational" | "associate" | "bachelor" | "master" | "doctorate";
            institution?: string;
            major?: string | null;
            /**
             * @description 全日制 full_time or 在职 in_service
             * @enum {string}
             */
            mode?: "full_time" | "in_service";
            /** @description A degree (学位) was awarded with the qualification */
            degreeAwarded?: boolean;
            /**
             * Format: date
             * @description Date completed; counts from this day
             * @example 2025-08-31
             */
            completedOn?: string;
            /**
             * Format: date
             * @description Only if the qualification was withdrawn
             * @example 2025-08-31
             */
            validTo?: string | null;
        };
        TeacherGraduateCourseworkPage: {
            items: components["schemas"]["TeacherGraduateCoursework"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0d3-1a2b-7c3d-8e4f-5a6b7c8d9e04",
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "institution": "东北师范大学",
         *       "program": "教育硕士（学科教学·数学）课程班",
         *       "credits": 32.5,
         *       "completedOn": "2018-07-10",
         *       "validTo": null,
         *       "endReason": null,
         *       "version": 1
         *     }
         */
        TeacherGraduateCoursework: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teacherId: string;
            institution: string;
            /** @description The graduate programme whose courses were completed */
            program: string;
            credits: number | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            completedOn: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            validTo: string | null;
            endReason: string | null;
            version: number;
        };
        /**
         * @example {
         *       "institution": "东北师范大学",
         *       "program": "研究生课程进修班",
         *       "credits": 30,
         *       "completedOn": "2018-07-10"
         *     }
         */
        TeacherGraduateCourseworkCreate: {
            institution: string;
            /** @description The graduate programme whose courses were completed */
            program: string;
            credits?: number | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            completedOn: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            validTo?: string | null;
        };
        /**
         * @example {
         *       "credits": 31
         *     }
         */
        TeacherGraduateCourseworkUpdate: {
            institution?: string;
            /** @description The graduate programme whose courses were completed */
            program?: string;
            credits?: number | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            completedOn?: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            validTo?: string | null;
        };
        TeacherSubjectPage: {
            items: components["schemas"]["TeacherSubject"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0d4-1a2b-7c3d-8e4f-5a6b7c8d9e05",
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "subject": "physical_education",
         *       "stage": "primary",
         *       "isMain": true,
         *       "validFrom": "2019-09-01",
         *       "validTo": null,
         *       "flags": [
         *         "physical_education"
         *       ],
         *       "endReason": null,
         *       "version": 1
         *     }
         */
        TeacherSubject: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teacherId: string;
            /** @enum {string} */
            subject: "chinese" | "mathematics" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "science" | "ideological_political" | "physical_education" | "music" | "art" | "labour" | "health_care" | "ict" | "psychology" | "special_education" | "preschool" | "vocational_specialty" | "other";
            /**
             * @description Stage taught, if the subject is taught at one stage
             * @enum {string|null}
             */
            stage: "kindergarten" | "primary" | "junior_secondary" | "nine_year" | "senior_secondary" | "vocational" | "special_education" | "teaching_point" | null;
            /** @description Main subject (主教学科) rather than an additional one */
            isMain: boolean;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            validFrom: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            validTo: string | null;
            /** @description Target flags this subject carries (思政, PE, music, art, labour, health care, ICT, psychology, special education) */
            flags: ("ideological_political" | "physical_education" | "music" | "art" | "labour" | "health_care" | "ict" | "psychology" | "special_education")[];
            endReason: string | null;
            version: number;
        };
        /**
         * @example {
         *       "subject": "music",
         *       "stage": "primary",
         *       "validFrom": "2020-09-01"
         *     }
         */
        TeacherSubjectCreate: {
            /** @enum {string} */
            subject: "chinese" | "mathematics" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "science" | "ideological_political" | "physical_education" | "music" | "art" | "labour" | "health_care" | "ict" | "psychology" | "special_education" | "preschool" | "vocational_specialty" | "other";
            /**
             * @description Stage taught, if the subject is taught at one stage
             * @enum {string|null}
             */
            stage?: "kindergarten" | "primary" | "junior_secondary" | "nine_year" | "senior_secondary" | "vocational" | "special_education" | "teaching_point" | null;
            /**
             * @description Main subject (主教学科) rather than an additional one
             * @default true
             */
            isMain?: boolean;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            validFrom: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            validTo?: string | null;
        };
        /**
         * @example {
         *       "isMain": false
         *     }
         */
        TeacherSubjectUpdate: {
            /** @enum {string} */
            subject?: "chinese" | "mathematics" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "science" | "ideological_political" | "physical_education" | "music" | "art" | "labour" | "health_care" | "ict" | "psychology" | "special_education" | "preschool" | "vocational_specialty" | "other";
            /**
             * @description Stage taught, if the subject is taught at one stage
             * @enum {string|null}
             */
            stage?: "kindergarten" | "primary" | "junior_secondary" | "nine_year" | "senior_secondary" | "vocational" | "special_education" | "teaching_point" | null;
            /** @description Main subject (主教学科) rather than an additional one */
            isMain?: boolean;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            validFrom?: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            validTo?: string | null;
        };
        TeacherCredentialPage: {
            items: components["schemas"]["TeacherCredential"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0d5-1a2b-7c3d-8e4f-5a6b7c8d9e06",
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "kind": "occupational_qualification",
         *       "number": "1921000000123",
         *       "issuer": "辽宁省人力资源和社会保障厅",
         *       "stage": null,
         *       "subject": null,
         *       "occupation": "电工 三级/高级工",
         *       "issuedOn": "2021-05-10",
         *       "expiresOn": null,
         *       "status": "active",
         *       "endReason": null,
         *       "version": 1
         *     }
         */
        TeacherCredential: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teacherId: string;
            /**
             * @description 教师资格证 teacher_certificate, 职业资格 occupational_qualification (双师型), 校长任职资格 principal_qualification
             * @enum {string}
             */
            kind: "teacher_certificate" | "occupational_qualification" | "principal_qualification";
            number: string | null;
            issuer: string | null;
            /**
             * @description For a teacher certificate: the stage it certifies
             * @enum {string|null}
             */
            stage: "kindergarten" | "primary" | "junior_secondary" | "nine_year" | "senior_secondary" | "vocational" | "special_education" | "teaching_point" | null;
            /** @description For a teacher certificate: the subject it names */
            subject: string | null;
            /** @description For an occupational qualification: occupation and level */
            occupation: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            issuedOn: string;
            /**
             * Format: date
             * @description Last valid day; null when it does not expire
             * @example 2025-08-31
             */
            expiresOn: string | null;
            /**
             * @description Status today: the latest status event on or before today, else expired after expiresOn, else active. Past dates: see the events.
             * @enum {string}
             */
            status: "active" | "expired" | "revoked" | "suspended";
            endReason: string | null;
            version: number;
        };
        /**
         * @example {
         *       "kind": "teacher_certificate",
         *       "number": "20102110042000123",
         *       "stage": "junior_secondary",
         *       "subject": "数学",
         *       "issuedOn": "2010-07-01"
         *     }
         */
        TeacherCredentialCreate: {
            /**
             * @description 教师资格证 teacher_certificate, 职业资格 occupational_qualification (双师型), 校长任职资格 principal_qualification
             * @enum {string}
             */
            kind: "teacher_certificate" | "occupational_qualification" | "principal_qualification";
            number?: string | null;
            issuer?: string | null;
            /**
             * @description For a teacher certificate: the stage it certifies
             * @enum {string|null}
             */
            stage?: "kindergarten" | "primary" | "junior_secondary" | "nine_year" | "senior_secondary" | "vocational" | "special_education" | "teaching_point" | null;
            /** @description For a teacher certificate: the subject it names */
            subject?: string | null;
            /** @description For an occupational qualification: occupation and level */
            occupation?: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            issuedOn: string;
            /**
             * Format: date
             * @description Last valid day; null when it does not expire
             * @example 2025-08-31
             */
            expiresOn?: string | null;
            ethicsOverride?: components["schemas"]["EthicsOverride"];
        };
        /**
         * @example {
         *       "expiresOn": "2030-06-30"
         *     }
         */
        TeacherCredentialUpdate: {
            /**
             * @description 教师资格证 teacher_certificate, 职业资格 occupational_qualification (双师型), 校长任职资格 principal_qualification
             * @enum {string}
             */
            kind?: "teacher_certificate" | "occupational_qualification" | "principal_qualification";
            number?: string | null;
            issuer?: string | null;
            /**
             * @description For a teacher certificate: the stage it certifies
             * @enum {string|null}
             */
            stage?: "kindergarten" | "primary" | "junior_secondary" | "nine_year" | "senior_secondary" | "vocational" | "special_education" | "teaching_point" | null;
            /** @description For a teacher certificate: the subject it names */
            subject?: string | null;
            /** @description For an occupational qualification: occupation and level */
            occupation?: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            issuedOn?: string;
            /**
             * Format: date
             * @description Last valid day; null when it does not expire
             * @example 2025-08-31
             */
            expiresOn?: string | null;
            ethicsOverride?: components["schemas"]["EthicsOverride"];
        };
        TeacherCredentialEventPage: {
            items: components["schemas"]["TeacherCredentialEvent"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0d6-1a2b-7c3d-8e4f-5a6b7c8d9e07",
         *       "credentialId": "0193a0d5-1a2b-7c3d-8e4f-5a6b7c8d9e06",
         *       "status": "suspended",
         *       "effectiveOn": "2024-03-01",
         *       "reason": "定期注册未通过"
         *     }
         */
        TeacherCredentialEvent: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            credentialId: string;
            /** @enum {string} */
            status: "active" | "expired" | "revoked" | "suspended";
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            effectiveOn: string;
            reason: string | null;
        };
        /**
         * @example {
         *       "status": "revoked",
         *       "effectiveOn": "2024-03-01",
         *       "reason": "违反《教师资格条例》"
         *     }
         */
        TeacherCredentialEventCreate: {
            /** @enum {string} */
            status: "active" | "expired" | "revoked" | "suspended";
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            effectiveOn: string;
            reason?: string;
        };
        TeacherDesignationPage: {
            items: components["schemas"]["TeacherDesignation"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0d7-1a2b-7c3d-8e4f-5a6b7c8d9e08",
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "type": "backbone",
         *       "typeName": null,
         *       "level": "city",
         *       "batch": "第五批",
         *       "subject": "mathematics",
         *       "awardedBy": "盘锦市教育局",
         *       "awardedOn": "2022-09-10",
         *       "validUntil": "2025-09-09",
         *       "status": "active",
         *       "endReason": null,
         *       "version": 1
         *     }
         */
        TeacherDesignation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teacherId: string;
            /**
             * @description 特级教师 special_grade, 名师 famous_teacher, 学科带头人 subject_leader, 骨干教师 backbone, ... ; `other` with typeName
             * @enum {string}
             */
            type: "special_grade" | "famous_teacher" | "subject_leader" | "backbone" | "backbone_reserve" | "teaching_expert" | "teaching_newcomer" | "excellent_homeroom" | "famous_principal" | "backbone_principal" | "professional_leader" | "other";
            /** @description The local name, required for type `other` (e.g. 智慧教育名师) */
            typeName: string | null;
            /** @enum {string} */
            level: "school" | "township" | "county" | "city" | "provincial" | "national";
            /** @description Edition or batch (届/批), e.g. 第十批 */
            batch: string | null;
            /** @enum {string|null} */
            subject: "chinese" | "mathematics" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "science" | "ideological_political" | "physical_education" | "music" | "art" | "labour" | "health_care" | "ict" | "psychology" | "special_education" | "preschool" | "vocational_specialty" | "other" | null;
            awardedBy: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            awardedOn: string;
            /**
             * Format: date
             * @description Last valid day (term end, or the revocation date)
             * @example 2025-08-31
             */
            validUntil: string | null;
            /**
             * @description active, expired or revoked; a revoked designation carries its revocation date in validUntil
             * @enum {string}
             */
            status: "active" | "expired" | "revoked";
            endReason: string | null;
            version: number;
        };
        /**
         * @example {
         *       "type": "backbone",
         *       "level": "city",
         *       "batch": "第五批",
         *       "subject": "mathematics",
         *       "awardedOn": "2022-09-10",
         *       "validUntil": "2025-09-09"
         *     }
         */
        TeacherDesignationCreate: {
            /**
             * @description 特级教师 special_grade, 名师 famous_teacher, 学科带头人 subject_leader, 骨干教师 backbone, ... ; `other` with typeName
             * @enum {string}
             */
            type: "special_grade" | "famous_teacher" | "subject_leader" | "backbone" | "backbone_reserve" | "teaching_expert" | "teaching_newcomer" | "excellent_homeroom" | "famous_principal" | "backbone_principal" | "professional_leader" | "other";
            /** @description The local name, required for type `other` (e.g. 智慧教育名师) */
            typeName?: string | null;
            /** @enum {string} */
            level: "school" | "township" | "county" | "city" | "provincial" | "national";
            /** @description Edition or batch (届/批), e.g. 第十批 */
            batch?: string | null;
            /** @enum {string|null} */
            subject?: "chinese" | "mathematics" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "science" | "ideological_political" | "physical_education" | "music" | "art" | "labour" | "health_care" | "ict" | "psychology" | "special_education" | "preschool" | "vocational_specialty" | "other" | null;
            awardedBy?: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            awardedOn: string;
            /**
             * Format: date
             * @description Last valid day (term end, or the revocation date)
             * @example 2025-08-31
             */
            validUntil?: string | null;
            /**
             * @description active, expired or revoked; a revoked designation carries its revocation date in validUntil
             * @default active
             * @enum {string}
             */
            status?: "active" | "expired" | "revoked";
            ethicsOverride?: components["schemas"]["EthicsOverride"];
        };
        /**
         * @example {
         *       "status": "revoked",
         *       "validUntil": "2024-05-31"
         *     }
         */
        TeacherDesignationUpdate: {
            /**
             * @description 特级教师 special_grade, 名师 famous_teacher, 学科带头人 subject_leader, 骨干教师 backbone, ... ; `other` with typeName
             * @enum {string}
             */
            type?: "special_grade" | "famous_teacher" | "subject_leader" | "backbone" | "backbone_reserve" | "teaching_expert" | "teaching_newcomer" | "excellent_homeroom" | "famous_principal" | "backbone_principal" | "professional_leader" | "other";
            /** @description The local name, required for type `other` (e.g. 智慧教育名师) */
            typeName?: string | null;
            /** @enum {string} */
            level?: "school" | "township" | "county" | "city" | "provincial" | "national";
            /** @description Edition or batch (届/批), e.g. 第十批 */
            batch?: string | null;
            /** @enum {string|null} */
            subject?: "chinese" | "mathematics" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "science" | "ideological_political" | "physical_education" | "music" | "art" | "labour" | "health_care" | "ict" | "psychology" | "special_education" | "preschool" | "vocational_specialty" | "other" | null;
            awardedBy?: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            awardedOn?: string;
            /**
             * Format: date
             * @description Last valid day (term end, or the revocation date)
             * @example 2025-08-31
             */
            validUntil?: string | null;
            /**
             * @description active, expired or revoked; a revoked designation carries its revocation date in validUntil
             * @enum {string}
             */
            status?: "active" | "expired" | "revoked";
            ethicsOverride?: components["schemas"]["EthicsOverride"];
        };
        TeacherEthicsRecordPage: {
            items: components["schemas"]["TeacherEthicsRecord"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0d8-1a2b-7c3d-8e4f-5a6b7c8d9e09",
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "periodStart": "2024-01-01",
         *       "periodEnd": "2024-12-31",
         *       "result": "unqualified",
         *       "score": 52.5,
         *       "violations": [
         *         {
         *           "type": "paid_tutoring",
         *           "occurredOn": "2024-07-15",
         *           "description": "暑期有偿补课"
         *         }
         *       ],
         *       "sanction": "通报批评",
         *       "veto": true,
         *       "vetoFrom": "2025-01-01",
         *       "vetoTo": "2025-12-31",
         *       "notes": null,
         *       "endReason": null,
         *       "version": 1
         *     }
         */
        TeacherEthicsRecord: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teacherId: string;
            /**
             * Format: date
             * @description First day of the assessed period
             * @example 2025-08-31
             */
            periodStart: string;
            /**
             * Format: date
             * @description Last day of the assessed period
             * @example 2025-08-31
             */
            periodEnd: string | null;
            /**
             * @description 优秀 excellent, 合格 qualified, 基本合格 basically_qualified, 不合格 unqualified
             * @enum {string}
             */
            result: "excellent" | "qualified" | "basically_qualified" | "unqualified";
            /** @description 量化考评 score, if any */
            score: number | null;
            violations: components["schemas"]["EthicsViolation"][];
            sanction: string | null;
            /** @description 一票否决: bars titles, honours and promotion during [vetoFrom, vetoTo] */
            veto: boolean;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            vetoFrom: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            vetoTo: string | null;
            notes: string | null;
            endReason: string | null;
            version: number;
        };
        EthicsViolation: {
            /** @enum {string} */
            type: "corporal_punishment" | "selling_materials" | "paid_tutoring" | "moonlighting" | "illegal_schooling" | "seeking_private_gain" | "code_of_conduct" | "other";
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            occurredOn: string;
            description?: string;
        };
        /**
         * @example {
         *       "periodStart": "2024-01-01",
         *       "periodEnd": "2024-12-31",
         *       "result": "qualified"
         *     }
         */
        TeacherEthicsRecordCreate: {
            /**
             * Format: date
             * @description First day of the assessed period
             * @example 2025-08-31
             */
            periodStart: string;
            /**
             * Format: date
             * @description Last day of the assessed period
             * @example 2025-08-31
             */
            periodEnd?: string | null;
            /**
             * @description 优秀 excellent, 合格 qualified, 基本合格 basically_qualified, 不合格 unqualified
             * @enum {string}
             */
            result: "excellent" | "qualified" | "basically_qualified" | "unqualified";
            /** @description 量化考评 score, if any */
            score?: number | null;
            /** @default [] */
            violations?: components["schemas"]["EthicsViolation"][];
            sanction?: string | null;
            /**
             * @description 一票否决: bars titles, honours and promotion during [vetoFrom, vetoTo]
             * @default false
             */
            veto?: boolean;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            vetoFrom?: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            vetoTo?: string | null;
            notes?: string | null;
        };
        /**
         * @example {
         *       "result": "excellent"
         *     }
         */
        TeacherEthicsRecordUpdate: {
            /**
             * Format: date
             * @description First day of the assessed period
             * @example 2025-08-31
             */
            periodStart?: string;
            /**
             * Format: date
             * @description Last day of the assessed period
             * @example 2025-08-31
             */
            periodEnd?: string | null;
            /**
             * @description 优秀 excellent, 合格 qualified, 基本合格 basically_qualified, 不合格 unqualified
             * @enum {string}
             */
            result?: "excellent" | "qualified" | "basically_qualified" | "unqualified";
            /** @description 量化考评 score, if any */
            score?: number | null;
            violations?: components["schemas"]["EthicsViolation"][];
            sanction?: string | null;
            /** @description 一票否决: bars titles, honours and promotion during [vetoFrom, vetoTo] */
            veto?: boolean;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            vetoFrom?: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            vetoTo?: string | null;
            notes?: string | null;
        };
        TeacherAnnualAppraisalPage: {
            items: components["schemas"]["TeacherAnnualAppraisal"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0d9-1a2b-7c3d-8e4f-5a6b7c8d9e0a",
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "year": 2024,
         *       "grade": "excellent",
         *       "notes": null,
         *       "version": 1
         *     }
         */
        TeacherAnnualAppraisal: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teacherId: string;
            year: number;
            /**
             * @description 优秀 excellent, 合格 competent, 基本合格 basically_competent, 不合格 incompetent
             * @enum {string}
             */
            grade: "excellent" | "competent" | "basically_competent" | "incompetent";
            notes: string | null;
            version: number;
        };
        /**
         * @example {
         *       "year": 2024,
         *       "grade": "competent"
         *     }
         */
        TeacherAnnualAppraisalCreate: {
            year: number;
            /**
             * @description 优秀 excellent, 合格 competent, 基本合格 basically_competent, 不合格 incompetent
             * @enum {string}
             */
            grade: "excellent" | "competent" | "basically_competent" | "incompetent";
            notes?: string | null;
            ethicsOverride?: components["schemas"]["EthicsOverride"];
        };
        /**
         * @example {
         *       "grade": "excellent"
         *     }
         */
        TeacherAnnualAppraisalUpdate: {
            year?: number;
            /**
             * @description 优秀 excellent, 合格 competent, 基本合格 basically_competent, 不合格 incompetent
             * @enum {string}
             */
            grade?: "excellent" | "competent" | "basically_competent" | "incompetent";
            notes?: string | null;
            ethicsOverride?: components["schemas"]["EthicsOverride"];
        };
        TrainingProgramPage: {
            items: components["schemas"]["TrainingProgram"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e01",
         *       "code": "GP2025-PJ-01",
         *       "title": "国培计划（2025）——乡村教师信息技术应用能力提升培训",
         *       "level": "national",
         *       "mode": "blended",
         *       "organiser": "盘锦市教师进修学院",
         *       "category": "ict",
         *       "creditedHours": 50,
         *       "startDate": "2025-03-01",
         *       "endDate": "2025-06-30",
         *       "targetGroup": "乡村小学数学教师",
         *       "capacity": 120,
         *       "ownerJurisdictionId": "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
         *       "ownerSchoolId": null,
         *       "modules": [
         *         {
         *           "id": "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e02",
         *           "code": "M1",
         *           "title": "信息化教学设计",
         *           "hours": 20
         *         },
         *         {
         *           "id": "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e03",
         *           "code": "M2",
         *           "title": "智慧课堂实践",
         *           "hours": 30
         *         }
         *       ],
         *       "version": 1,
         *       "createdAt": "2025-01-06T08:00:00.000Z",
         *       "updatedAt": "2025-01-06T08:00:00.000Z"
         *     }
         */
        TrainingProgram: {
            /** Format: uuid */
            id: string;
            /** @description Programme code, unique */
            code: string;
            title: string;
            /**
             * @description national 国培, provincial, city, county, school 校本
             * @enum {string}
             */
            level: "national" | "provincial" | "city" | "county" | "school";
            /** @enum {string} */
            mode: "online" | "in_person" | "blended";
            /** @description 师训中心, 教师进修学校, 研修中心, 培训基地, ... */
            organiser: string | null;
            /** @enum {string} */
            category: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other";
            /**
             * @description Hours credited on completion (学时)
             * @example 24.5
             */
            creditedHours: number;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            startDate: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            endDate: string;
            targetGroup: string | null;
            capacity: number | null;
            /** Format: uuid */
            ownerJurisdictionId: string | null;
            /** Format: uuid */
            ownerSchoolId: string | null;
            modules: components["schemas"]["TrainingProgramModule"][];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TrainingProgramModule: {
            /** Format: uuid */
            id: string;
            /** @description Module code, unique in the programme; used by result uploads */
            code: string;
            title: string;
            hours: number | null;
        };
        /**
         * @example {
         *       "code": "GP2025-PJ-01",
         *       "title": "国培计划（2025）——乡村教师信息技术应用能力提升培训",
         *       "level": "national",
         *       "mode": "blended",
         *       "organiser": "盘锦市教师进修学院",
         *       "category": "ict",
         *       "creditedHours": 50,
         *       "startDate": "2025-03-01",
         *       "endDate": "2025-06-30",
         *       "targetGroup": "乡村小学数学教师",
         *       "capacity": 120,
         *       "ownerJurisdictionId": "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
         *       "modules": [
         *         {
         *           "code": "M1",
         *           "title": "信息化教学设计",
         *           "hours": 20
         *         },
         *         {
         *           "code": "M2",
         *           "title": "智慧课堂实践",
         *           "hours": 30
         *         }
         *       ]
         *     }
         */
        TrainingProgramCreate: {
            /** @description Programme code, unique */
            code: string;
            title: string;
            /**
             * @description national 国培, provincial, city, county, school 校本
             * @enum {string}
             */
            level: "national" | "provincial" | "city" | "county" | "school";
            /** @enum {string} */
            mode: "online" | "in_person" | "blended";
            /** @description 师训中心, 教师进修学校, 研修中心, 培训基地, ... */
            organiser?: string | null;
            /** @enum {string} */
            category: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other";
            /**
             * @description Hours credited on completion (学时)
             * @example 24.5
             */
            creditedHours: number;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            startDate: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            endDate: string;
            targetGroup?: string | null;
            capacity?: number | null;
            /**
             * Format: uuid
             * @description The owning jurisdiction (or give ownerSchoolId)
             */
            ownerJurisdictionId?: string;
            /**
             * Format: uuid
             * @description The owning school, for school-based (校本) programmes
             */
            ownerSchoolId?: string;
            /**
             * @description Modules (科目) with their own results (单科结业); codes are unique in the programme
             * @default []
             */
            modules?: {
                code: string;
                title: string;
                /**
                 * @description Hours (学时), a multiple of 0.1
                 * @example 24.5
                 */
                hours?: number | null;
            }[];
        };
        /**
         * @example {
         *       "capacity": 150,
         *       "endDate": "2025-07-15"
         *     }
         */
        TrainingProgramUpdate: {
            /** @description Programme code, unique */
            code?: string;
            title?: string;
            /**
             * @description national 国培, provincial, city, county, school 校本
             * @enum {string}
             */
            level?: "national" | "provincial" | "city" | "county" | "school";
            /** @enum {string} */
            mode?: "online" | "in_person" | "blended";
            /** @description 师训中心, 教师进修学校, 研修中心, 培训基地, ... */
            organiser?: string | null;
            /** @enum {string} */
            category?: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other";
            /**
             * @description Hours credited on completion (学时)
             * @example 24.5
             */
            creditedHours?: number;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            startDate?: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            endDate?: string;
            targetGroup?: string | null;
            capacity?: number | null;
            /** @description Modules (科目) with their own results (单科结业); codes are unique in the programme */
            modules?: {
                code: string;
                title: string;
                /**
                 * @description Hours (学时), a multiple of 0.1
                 * @example 24.5
                 */
                hours?: number | null;
            }[];
        };
        /**
         * @example {
         *       "programId": "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e01",
         *       "enrolled": 120,
         *       "withdrawn": 2,
         *       "started": 115,
         *       "completed": 108,
         *       "failed": 5,
         *       "startedRate": 0.9583,
         *       "completionRate": 0.9,
         *       "modulePassRate": 0.925,
         *       "personTimes": 108,
         *       "hoursDelivered": 5400,
         *       "modules": [
         *         {
         *           "moduleId": "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e02",
         *           "code": "M1",
         *           "title": "信息化教学设计",
         *           "passed": 112,
         *           "failed": 3,
         *           "passRate": 0.9333
         *         }
         *       ]
         *     }
         */
        TrainingProgramStatistics: {
            /** Format: uuid */
            programId: string;
            /** @description Enrolments (人数), withdrawn ones included */
            enrolled: number;
            withdrawn: number;
            /** @description Enrolments that started (上站): logged in or attended at least once */
            started: number;
            completed: number;
            failed: number;
            /** @description 上站率: started ÷ enrolled, a fraction (0–1) with four decimals; null when nothing is enrolled */
            startedRate: number | null;
            /** @description Completion rate: completed ÷ enrolled, a fraction (0–1) with four decimals; null when nothing is enrolled */
            completionRate: number | null;
            /** @description 单科结业率: passed module results ÷ (enrolled × modules); null without modules, a fraction (0–1) with four decimals; null when nothing is enrolled */
            modulePassRate: number | null;
            /** @description 人次: completions, a teacher counted once per programme completed */
            personTimes: number;
            /** @description Hours credited by completions (verified) */
            hoursDelivered: number;
            modules: {
                /** Format: uuid */
                moduleId: string;
                code: string;
                title: string;
                passed: number;
                failed: number;
                /** @description 单科结业率 of this module: passed ÷ enrolled, a fraction (0–1) with four decimals; null when nothing is enrolled */
                passRate: number | null;
            }[];
        };
        TrainingEnrollmentPage: {
            items: components["schemas"]["TrainingEnrollment"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0d2-1a2b-7c3d-8e4f-5a6b7c8d9e01",
         *       "programId": "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e01",
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "teacherName": "王丽",
         *       "status": "completed",
         *       "enrolledOn": "2025-02-20",
         *       "startedOn": "2025-03-02",
         *       "completedOn": "2025-06-28",
         *       "withdrawnOn": null,
         *       "score": 86.5,
         *       "note": null,
         *       "moduleResults": [
         *         {
         *           "moduleId": "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e02",
         *           "code": "M1",
         *           "result": "passed",
         *           "recordedOn": "2025-04-30"
         *         },
         *         {
         *           "moduleId": "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e03",
         *           "code": "M2",
         *           "result": "passed",
         *           "recordedOn": "2025-06-28"
         *         }
         *       ],
         *       "trainingRecordId": "0193a0d3-1a2b-7c3d-8e4f-5a6b7c8d9e01",
         *       "version": 3,
         *       "createdAt": "2025-02-20T08:00:00.000Z",
         *       "updatedAt": "2025-06-28T08:00:00.000Z"
         *     }
         */
        TrainingEnrollment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programId: string;
            /** Format: uuid */
            teacherId: string;
            teacherName: string;
            /** @enum {string} */
            status: "enrolled" | "started" | "completed" | "failed" | "withdrawn";
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            enrolledOn: string;
            /**
             * Format: date
             * @description 上站: first login or attendance
             * @example 2025-08-31
             */
            startedOn: string | null;
            /**
             * Format: date
             * @description Date of the result (completed or failed)
             * @example 2025-08-31
             */
            completedOn: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            withdrawnOn: string | null;
            score: number | null;
            note: string | null;
            moduleResults: {
                /** Format: uuid */
                moduleId: string;
                code: string;
                /** @enum {string} */
                result: "passed" | "failed";
                /**
                 * Format: date
                 * @description Business date, YYYY-MM-DD
                 * @example 2025-08-31
                 */
                recordedOn: string;
            }[];
            /**
             * Format: uuid
             * @description The training record that credits the programme's hours (on completion)
             */
            trainingRecordId: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "programId": "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e01",
         *       "rows": 1,
         *       "created": 0,
         *       "updated": 1,
         *       "unchanged": 0,
         *       "results": [
         *         {
         *           "row": 0,
         *           "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *           "enrollmentId": "0193a0d2-1a2b-7c3d-8e4f-5a6b7c8d9e01",
         *           "outcome": "updated",
         *           "status": "completed"
         *         }
         *       ]
         *     }
         */
        TrainingBulkOutcome: {
            /** Format: uuid */
            programId: string;
            rows: number;
            created: number;
            updated: number;
            unchanged: number;
            results: {
                /** @description 0-based index of the row (for CSV: data line n is row n-2) */
                row: number;
                /** Format: uuid */
                teacherId: string;
                /** Format: uuid */
                enrollmentId: string;
                /** @enum {string} */
                outcome: "created" | "updated" | "unchanged";
                /** @enum {string} */
                status: "enrolled" | "started" | "completed" | "failed" | "withdrawn";
            }[];
        };
        /**
         * @example [
         *       {
         *         "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *         "enrolledOn": "2025-02-20"
         *       },
         *       {
         *         "nationalId": "211102198603143426"
         *       }
         *     ]
         */
        TrainingBulkEnrollRows: components["schemas"]["TrainingBulkEnrollRow"][];
        TrainingBulkEnrollRow: {
            /**
             * Format: uuid
             * @description The teacher (or give nationalId)
             */
            teacherId?: string;
            /** @description 公民身份号码, instead of teacherId */
            nationalId?: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            enrolledOn?: string;
            note?: string | null;
        };
        /**
         * @example [
         *       {
         *         "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *         "status": "completed",
         *         "on": "2025-06-28",
         *         "modules": {
         *           "M1": "passed",
         *           "M2": "passed"
         *         }
         *       },
         *       {
         *         "nationalId": "211102198603143426",
         *         "status": "started",
         *         "on": "2025-03-05"
         *       }
         *     ]
         */
        TrainingBulkResultRows: components["schemas"]["TrainingBulkResultRow"][];
        TrainingBulkResultRow: {
            /**
             * Format: uuid
             * @description The teacher (or give nationalId)
             */
            teacherId?: string;
            /** @description 公民身份号码, instead of teacherId */
            nationalId?: string;
            /**
             * @description The new status; omit to record only module results, a score or a note
             * @enum {string}
             */
            status?: "started" | "completed" | "failed" | "withdrawn";
            /**
             * Format: date
             * @description Date of the event (start, result or withdrawal); default today
             * @example 2025-08-31
             */
            on?: string;
            /** @description Exam or assessment score (建立教师考试制度), if any */
            score?: number | null;
            note?: string | null;
            /**
             * @description Per-module results (单科结业) by module code
             * @example {
             *       "M1": "passed",
             *       "M2": "failed"
             *     }
             */
            modules?: {
                [key: string]: "passed" | "failed";
            };
        };
        /**
         * @example {
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "enrolledOn": "2025-02-20"
         *     }
         */
        TrainingEnrollmentCreate: {
            /** Format: uuid */
            teacherId: string;
            /**
             * Format: date
             * @description Default: today
             * @example 2025-08-31
             */
            enrolledOn?: string;
            note?: string | null;
        };
        /**
         * @example {
         *       "status": "completed",
         *       "on": "2025-06-28",
         *       "score": 86.5,
         *       "modules": {
         *         "M1": "passed",
         *         "M2": "passed"
         *       }
         *     }
         */
        TrainingEnrollmentUpdate: {
            /**
             * @description The new status; omit to record only module results, a score or a note
             * @enum {string}
             */
            status?: "started" | "completed" | "failed" | "withdrawn";
            /**
             * Format: date
             * @description Date of the event (start, result or withdrawal); default today
             * @example 2025-08-31
             */
            on?: string;
            /** @description Exam or assessment score (建立教师考试制度), if any */
            score?: number | null;
            note?: string | null;
            /**
             * @description Per-module results (单科结业) by module code
             * @example {
             *       "M1": "passed",
             *       "M2": "failed"
             *     }
             */
            modules?: {
                [key: string]: "passed" | "failed";
            };
        };
        TrainingRecordPage: {
            items: components["schemas"]["TrainingRecord"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0d3-1a2b-7c3d-8e4f-5a6b7c8d9e01",
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "source": "external_course",
         *       "programId": null,
         *       "enrollmentId": null,
         *       "title": "辽宁省中小学教师师德专题网络培训",
         *       "category": "ethics",
         *       "level": "provincial",
         *       "organiser": "辽宁省教师研修网",
         *       "schoolBased": false,
         *       "hours": 24.5,
         *       "completedOn": "2025-05-20",
         *       "evidenceRef": "LNJS-2025-000123",
         *       "note": null,
         *       "status": "verified",
         *       "submittedBy": "0193a0c8-0000-7000-8000-000000000001",
         *       "submittedAt": "2025-05-21T02:00:00.000Z",
         *       "reviewedBy": "0193a0c8-0000-7000-8000-000000000002",
         *       "verifiedAt": "2025-05-23T06:00:00.000Z",
         *       "decidedOn": "2025-05-23",
         *       "verifiedOn": "2025-05-23",
         *       "rejectedAt": null,
         *       "rejectionReason": null,
         *       "version": 2,
         *       "createdAt": "2025-05-21T02:00:00.000Z",
         *       "updatedAt": "2025-05-23T06:00:00.000Z"
         *     }
         */
        TrainingRecord: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teacherId: string;
            /**
             * @description program (a completion), external_course (with evidence), school_activity (校本研修)
             * @enum {string}
             */
            source: "program" | "external_course" | "school_activity";
            /** Format: uuid */
            programId: string | null;
            /**
             * Format: uuid
             * @description Set when credited by a programme completion
             */
            enrollmentId: string | null;
            title: string;
            /** @enum {string} */
            category: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other";
            /** @enum {string|null} */
            level: "national" | "provincial" | "city" | "county" | "school" | null;
            organiser: string | null;
            /** @description 校本: a school-level programme or a school-based activity */
            schoolBased: boolean;
            /** @description Hours (学时), one decimal place */
            hours: number;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            completedOn: string;
            /** @description Certificate or platform reference for an external course */
            evidenceRef: string | null;
            note: string | null;
            /** @enum {string} */
            status: "submitted" | "verified" | "rejected";
            /** @description The client that submitted it */
            submittedBy: string;
            /** Format: date-time */
            submittedAt: string;
            /** @description Who decided: the reviewing client, or the historical decider of an import */
            reviewedBy: string | null;
            /**
             * Format: date-time
             * @description When the verification was recorded (knowledge time)
             */
            verifiedAt: string | null;
            /**
             * Format: date-time
             * @description When the rejection was recorded (knowledge time)
             */
            rejectedAt: string | null;
            /**
             * Format: date
             * @description The business date of the current decision (verified or rejected; null while submitted): the day of the review (UTC), or the historical date of an import. `asOf` counts a record from this date
             * @example 2025-08-31
             */
            decidedOn: string | null;
            /**
             * Format: date
             * @description The business date of the verification, kept when it is later withdrawn (the record counted until the rejection's date)
             * @example 2025-08-31
             */
            verifiedOn: string | null;
            rejectionReason: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TrainingRecordVerify: Record<string, never>;
        /**
         * @example {
         *       "reason": "证书编号无法核实"
         *     }
         */
        TrainingRecordReject: {
            /** @description Shown to the teacher */
            reason: string;
        };
        /**
         * @example {
         *       "source": "external_course",
         *       "title": "辽宁省中小学教师师德专题网络培训",
         *       "category": "ethics",
         *       "level": "provincial",
         *       "organiser": "辽宁省教师研修网",
         *       "hours": 24.5,
         *       "completedOn": "2025-05-20",
         *       "evidenceRef": "LNJS-2025-000123"
         *     }
         */
        TrainingClaimCreate: {
            /** @enum {string} */
            source: "program" | "external_course" | "school_activity";
            /**
             * Format: uuid
             * @description For source `program`: a programme whose completion is not recorded through an enrolment
             */
            programId?: string;
            title: string;
            /** @enum {string} */
            category: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other";
            /** @enum {string} */
            level?: "national" | "provincial" | "city" | "county" | "school";
            organiser?: string;
            /**
             * @description Hours (学时), a multiple of 0.1
             * @example 24.5
             */
            hours: number;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            completedOn: string;
            /** @description Required for an external course; one claim per evidence reference */
            evidenceRef?: string;
            note?: string;
            /**
             * @description Default `submitted` (a claim for a clerk to verify). `verified` or `rejected` load a historical decision with `decidedOn` and `reviewedBy`: permission `training.import` (bureau_admin and hr_clerk for their subtree, school systems through sync for their school); the audit event is `import`, naming the historical decider, while the actor stays the caller
             * @enum {string}
             */
            status?: "submitted" | "verified" | "rejected";
            /**
             * Format: date
             * @description For an import: the business date of the decision, on or after completedOn and not in the future
             * @example 2025-08-31
             */
            decidedOn?: string;
            /** @description For an import: who decided then (a name or an id), kept as the record's reviewer */
            reviewedBy?: string;
            /** @description For an imported rejection: the reason */
            rejectionReason?: string;
        };
        TrainingRulePage: {
            items: components["schemas"]["TrainingRule"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0d4-1a2b-7c3d-8e4f-5a6b7c8d9e01",
         *       "jurisdictionId": "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
         *       "name": "中小学教师继续教育（每五年不少于360学时）",
         *       "effectiveFrom": "2021-01-01",
         *       "cycleYears": 5,
         *       "anchorYear": 2006,
         *       "hoursPerCycle": 360,
         *       "minHoursPerYear": 24,
         *       "minYearsOfTeaching": 1,
         *       "proRate": "year",
         *       "minimums": [
         *         {
         *           "bucket": "ethics",
         *           "hours": 36
         *         }
         *       ],
         *       "caps": [
         *         {
         *           "bucket": "school_based",
         *           "maxHours": null,
         *           "maxPercent": 50
         *         }
         *       ],
         *       "requirements": [
         *         {
         *           "code": "T32",
         *           "title": "不少于50学时的中级培训",
         *           "programId": null,
         *           "category": "subject",
         *           "hours": 50,
         *           "from": "2021-01-01",
         *           "to": "2023-12-31"
         *         }
         *       ],
         *       "note": null,
         *       "version": 1,
         *       "createdAt": "2021-01-05T08:00:00.000Z",
         *       "updatedAt": "2021-01-05T08:00:00.000Z"
         *     }
         */
        TrainingRule: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            jurisdictionId: string;
            name: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            effectiveFrom: string;
            cycleYears: number;
            anchorYear: number;
            hoursPerCycle: number;
            minHoursPerYear: number | null;
            minYearsOfTeaching: number;
            /** @enum {string} */
            proRate: "none" | "year" | "month";
            minimums: {
                /** @enum {string} */
                bucket: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other" | "school_based";
                hours: number;
            }[];
            caps: {
                /** @enum {string} */
                bucket: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other" | "school_based";
                maxHours: number | null;
                maxPercent: number | null;
            }[];
            requirements: {
                code: string;
                title: string;
                /** Format: uuid */
                programId: string | null;
                /** @enum {string|null} */
                category: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other" | null;
                hours: number;
                /**
                 * Format: date
                 * @description Business date, YYYY-MM-DD
                 * @example 2025-08-31
                 */
                from: string;
                /**
                 * Format: date
                 * @description Business date, YYYY-MM-DD
                 * @example 2025-08-31
                 */
                to: string;
            }[];
            note: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "jurisdictionId": "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
         *       "name": "中小学教师继续教育（每五年不少于360学时）",
         *       "effectiveFrom": "2021-01-01",
         *       "cycleYears": 5,
         *       "anchorYear": 2006,
         *       "hoursPerCycle": 360,
         *       "minHoursPerYear": 24,
         *       "minYearsOfTeaching": 1,
         *       "proRate": "year",
         *       "minimums": [
         *         {
         *           "bucket": "ethics",
         *           "hours": 36
         *         }
         *       ],
         *       "caps": [
         *         {
         *           "bucket": "school_based",
         *           "maxHours": null,
         *           "maxPercent": 50
         *         }
         *       ],
         *       "requirements": [
         *         {
         *           "code": "T32",
         *           "title": "不少于50学时的中级培训",
         *           "programId": null,
         *           "category": "subject",
         *           "hours": 50,
         *           "from": "2021-01-01",
         *           "to": "2023-12-31"
         *         }
         *       ],
         *       "note": null
         *     }
         */
        TrainingRuleCreate: {
            /** Format: uuid */
            jurisdictionId: string;
            name: string;
            /**
             * Format: date
             * @description The version applies from this date until the next version's
             * @example 2025-08-31
             */
            effectiveFrom: string;
            /** @description Cycle length in calendar years */
            cycleYears: number;
            /** @description First calendar year of cycle 1 (cycle n starts anchorYear + (n-1)·cycleYears) */
            anchorYear: number;
            /**
             * @description Hours required per cycle (e.g. 360)
             * @example 24.5
             */
            hoursPerCycle: number;
            /**
             * @description Hours required in each calendar year wholly inside the teacher's obligation
             * @default null
             * @example 24.5
             */
            minHoursPerYear?: number | null;
            /**
             * @description Eligibility: 教龄 of at least this many whole years
             * @default 0
             */
            minYearsOfTeaching?: number;
            /**
             * @description Pro-rating for teachers whose obligation starts mid-cycle: by remaining years or months
             * @default none
             * @enum {string}
             */
            proRate?: "none" | "year" | "month";
            /** @default [] */
            minimums?: {
                /** @enum {string} */
                bucket: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other" | "school_based";
                /**
                 * @description Hours (学时), a multiple of 0.1
                 * @example 24.5
                 */
                hours: number;
            }[];
            /** @default [] */
            caps?: {
                /** @enum {string} */
                bucket: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other" | "school_based";
                /**
                 * @description At most this many hours count
                 * @default null
                 * @example 24.5
                 */
                maxHours?: number | null;
                /**
                 * @description At most this share of the (pro-rated) required hours counts
                 * @default null
                 */
                maxPercent?: number | null;
            }[];
            /** @default [] */
            requirements?: {
                code: string;
                title: string;
                /**
                 * Format: uuid
                 * @description Hours credited by this programme count
                 * @default null
                 */
                programId?: string | null;
                /**
                 * @description Hours of this category count (both: both must match)
                 * @default null
                 * @enum {string|null}
                 */
                category?: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other" | null;
                /**
                 * @description Hours (学时), a multiple of 0.1
                 * @example 24.5
                 */
                hours: number;
                /**
                 * Format: date
                 * @description Business date, YYYY-MM-DD
                 * @example 2025-08-31
                 */
                from: string;
                /**
                 * Format: date
                 * @description Business date, YYYY-MM-DD
                 * @example 2025-08-31
                 */
                to: string;
            }[];
            /** @default null */
            note?: string | null;
        };
        /**
         * @example {
         *       "hoursPerCycle": 300,
         *       "effectiveFrom": "2027-01-01"
         *     }
         */
        TrainingRuleUpdate: {
            name?: string;
            /**
             * Format: date
             * @description The version applies from this date until the next version's
             * @example 2025-08-31
             */
            effectiveFrom?: string;
            /** @description Cycle length in calendar years */
            cycleYears?: number;
            /** @description First calendar year of cycle 1 (cycle n starts anchorYear + (n-1)·cycleYears) */
            anchorYear?: number;
            /**
             * @description Hours required per cycle (e.g. 360)
             * @example 24.5
             */
            hoursPerCycle?: number;
            /**
             * @description Hours required in each calendar year wholly inside the teacher's obligation
             * @example 24.5
             */
            minHoursPerYear?: number | null;
            /** @description Eligibility: 教龄 of at least this many whole years */
            minYearsOfTeaching?: number;
            /**
             * @description Pro-rating for teachers whose obligation starts mid-cycle: by remaining years or months
             * @enum {string}
             */
            proRate?: "none" | "year" | "month";
            minimums?: {
                /** @enum {string} */
                bucket: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other" | "school_based";
                /**
                 * @description Hours (学时), a multiple of 0.1
                 * @example 24.5
                 */
                hours: number;
            }[];
            caps?: {
                /** @enum {string} */
                bucket: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other" | "school_based";
                /**
                 * @description At most this many hours count
                 * @default null
                 * @example 24.5
                 */
                maxHours?: number | null;
                /**
                 * @description At most this share of the (pro-rated) required hours counts
                 * @default null
                 */
                maxPercent?: number | null;
            }[];
            requirements?: {
                code: string;
                title: string;
                /**
                 * Format: uuid
                 * @description Hours credited by this programme count
                 * @default null
                 */
                programId?: string | null;
                /**
                 * @description Hours of this category count (both: both must match)
                 * @default null
                 * @enum {string|null}
                 */
                category?: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other" | null;
                /**
                 * @description Hours (学时), a multiple of 0.1
                 * @example 24.5
                 */
                hours: number;
                /**
                 * Format: date
                 * @description Business date, YYYY-MM-DD
                 * @example 2025-08-31
                 */
                from: string;
                /**
                 * Format: date
                 * @description Business date, YYYY-MM-DD
                 * @example 2025-08-31
                 */
                to: string;
            }[];
            note?: string | null;
        };
        /**
         * @example {
         *       "teacherId": "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
         *       "asOf": "2024-06-30",
         *       "status": "on_track",
         *       "notEligibleReason": null,
         *       "schoolId": "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
         *       "rule": null,
         *       "cycle": {
         *         "number": 4,
         *         "from": "2021-01-01",
         *         "to": "2025-12-31"
         *       },
         *       "evaluatedOn": "2024-06-30",
         *       "obligationFrom": "2021-01-01",
         *       "proRating": null,
         *       "requiredBeforeProRating": 360,
         *       "required": 360,
         *       "expectedToDate": 251.2,
         *       "verified": 268,
         *       "counted": 260,
         *       "excluded": 8,
         *       "pending": 12,
         *       "shortfall": 100,
         *       "byCategory": [
         *         {
         *           "category": "ethics",
         *           "verified": 40,
         *           "pending": 0
         *         }
         *       ],
         *       "byYear": [
         *         {
         *           "year": 2021,
         *           "verified": 72,
         *           "pending": 0
         *         }
         *       ],
         *       "schoolBased": {
         *         "verified": 188,
         *         "pending": 0
         *       },
         *       "checks": [],
         *       "records": []
         *     }
         */
        TrainingCompliance: {
            /** Format: uuid */
            teacherId: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            asOf: string;
            /**
             * Format: date-time
             * @description The knowledge instant evaluated (the request's, or the time of the request)
             */
            knownAt: string;
            /** @enum {string} */
            status: "complete" | "on_track" | "behind" | "not_eligible";
            /** @enum {string|null} */
            notEligibleReason: "no_rule" | "no_cycle" | "not_in_service" | "cycle_not_started" | "years_of_teaching" | null;
            /**
             * Format: uuid
             * @description The home school whose jurisdiction chain gave the rule
             */
            schoolId: string | null;
            rule: components["schemas"]["TrainingRule"] & (Record<string, never> | null);
            /** @description The cycle window (inclusive dates) */
            cycle: {
                number: number;
                /**
                 * Format: date
                 * @description Business date, YYYY-MM-DD
                 * @example 2025-08-31
                 */
                from: string;
                /**
                 * Format: date
                 * @description Business date, YYYY-MM-DD
                 * @example 2025-08-31
                 */
                to: string;
            } | null;
            /**
             * Format: date
             * @description asOf, or the cycle's last day if it ended earlier
             * @example 2025-08-31
             */
            evaluatedOn: string | null;
            /**
             * Format: date
             * @description Cycle start, or the day the teacher became eligible if later
             * @example 2025-08-31
             */
            obligationFrom: string | null;
            /** @description The fraction of the cycle's hours required of a teacher who joined mid-cycle */
            proRating: {
                /** @enum {string} */
                method: "none" | "year" | "month";
                numerator: number;
                denominator: number;
            } | null;
            requiredBeforeProRating: number;
            required: number;
            /** @description The straight-line share of the required hours for the days elapsed */
            expectedToDate: number;
            /** @description Verified hours in the cycle */
            verified: number;
            /** @description Verified hours that count after caps */
            counted: number;
            /** @description Verified hours over a cap */
            excluded: number;
            /** @description Submitted hours in the cycle awaiting verification */
            pending: number;
            /** @description required − counted, at least 0 */
            shortfall: number;
            byCategory: {
                /** @enum {string} */
                category: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other";
                verified: number;
                pending: number;
            }[];
            byYear: {
                year: number;
                verified: number;
                pending: number;
            }[];
            schoolBased: {
                verified: number;
                pending: number;
            };
            checks: components["schemas"]["TrainingComplianceCheck"][];
            /** @description Every record completed by asOf and recorded by knownAt that the evaluation looked at, with its status on asOf as known at knownAt */
            records: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                category: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other";
                schoolBased: boolean;
                hours: number;
                /**
                 * Format: date
                 * @description Business date, YYYY-MM-DD
                 * @example 2025-08-31
                 */
                completedOn: string;
                /** @enum {string} */
                statusAsOf: "verified" | "pending" | "rejected";
                inCycle: boolean;
                rejectionReason: string | null;
            }[];
        };
        TrainingComplianceCheck: {
            /**
             * @description cycle_total, minimum (a bucket), cap (a bucket), year_minimum, requirement
             * @enum {string}
             */
            code: "cycle_total" | "minimum" | "cap" | "year_minimum" | "requirement";
            /** @enum {string|null} */
            bucket: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other" | "school_based" | null;
            year: number | null;
            requirementCode: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            from: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            to: string;
            /** @description Hours required (for a cap: the most hours that count) */
            required: number;
            /** @description Verified hours toward it (cycle_total: after caps; cap: verified hours in the bucket) */
            hours: number;
            pending: number;
            /** @description Caps: verified hours over the cap, not counted */
            excluded: number | null;
            passed: boolean;
            /** @description The window has ended on or before asOf, so a failure is final */
            closed: boolean;
            /** @description Verified records that count toward the check */
            recordIds: string[];
            /** @description Submitted records that would count once verified */
            pendingRecordIds: string[];
        };
        TrainingCompliancePage: {
            items: components["schemas"]["TrainingComplianceSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        TrainingComplianceSummary: {
            /** Format: uuid */
            teacherId: string;
            teacherName: string;
            /** Format: uuid */
            schoolId: string | null;
            schoolName: string | null;
            /** @enum {string} */
            status: "complete" | "on_track" | "behind" | "not_eligible";
            /** @enum {string|null} */
            notEligibleReason: "no_rule" | "no_cycle" | "not_in_service" | "cycle_not_started" | "years_of_teaching" | null;
            /** Format: uuid */
            ruleId: string | null;
            cycle: number | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            cycleFrom: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            cycleTo: string | null;
            required: number;
            expectedToDate: number;
            verified: number;
            counted: number;
            pending: number;
            shortfall: number;
        };
        TrainingTranscript: {
            /** Format: uuid */
            teacherId: string;
            teacherName: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            from: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            to: string | null;
            /**
             * Format: date-time
             * @description The knowledge instant the transcript shows (the request's, or its time)
             */
            knownAt: string;
            /** @description Hours by status (rejected records are never counted) */
            totals: {
                verified: number;
                submitted: number;
            };
            byYear: {
                year: number;
                verified: number;
                submitted: number;
            }[];
            byCategory: {
                /** @enum {string} */
                category: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other";
                verified: number;
                submitted: number;
            }[];
            records: (components["schemas"]["TrainingRecord"] & {
                programCode: string | null;
            })[];
        };
        TrainingRollup: {
            /**
             * Format: uuid
             * @description The jurisdiction rolled up (null: the whole tree)
             */
            jurisdictionId: string | null;
            rows: components["schemas"]["TrainingRollupRow"][];
        };
        TrainingRollupRow: {
            /**
             * Format: uuid
             * @description A child jurisdiction (or a school directly below), or null for the total
             */
            unitId: string | null;
            /** @enum {string} */
            unitType: "jurisdiction" | "school" | "total";
            unitName: string | null;
            /** @description Year the programmes started */
            year: number;
            programs: number;
            /** @description Distinct teachers with a completion (人数) */
            teachers: number;
            /** @description Enrolments (人数), withdrawn ones included */
            enrolled: number;
            withdrawn: number;
            /** @description Enrolments that started (上站): logged in or attended at least once */
            started: number;
            completed: number;
            failed: number;
            /** @description 上站率: started ÷ enrolled, a fraction (0–1) with four decimals; null when nothing is enrolled */
            startedRate: number | null;
            /** @description Completion rate: completed ÷ enrolled, a fraction (0–1) with four decimals; null when nothing is enrolled */
            completionRate: number | null;
            /** @description 单科结业率: passed module results ÷ (enrolled × modules); null without modules, a fraction (0–1) with four decimals; null when nothing is enrolled */
            modulePassRate: number | null;
            /** @description 人次: completions, a teacher counted once per programme completed */
            personTimes: number;
            /** @description Hours credited by completions (verified) */
            hoursDelivered: number;
        };
        ChangePage: {
            items: components["schemas"]["Change"][];
            /** @description Always present: pass it as `cursor` to continue (or to poll again later) */
            nextCursor: string;
            /** @description More changes are available now; false means you are up to date */
            hasMore: boolean;
        };
        Change: {
            /** @description The change's number: unique, increasing within a transaction */
            sequence: number;
            /** @enum {string} */
            entity: "teacher" | "assignment" | "title" | "education" | "credential" | "credential_event" | "designation" | "training_record";
            /**
             * Format: uuid
             * @description The changed record's id
             */
            id: string;
            /** Format: uuid */
            teacherId: string | null;
            /** @description The school system's key for the record, when a sync batch pushed it */
            sourceKey: string | null;
            /** @enum {string} */
            operation: "upsert" | "delete";
            /** Format: date-time */
            changedAt: string;
            /** @description The record after the change, in its resource's shape (null for a delete) */
            state: components["schemas"]["TeacherCore"] | components["schemas"]["TeacherAssignment"] | components["schemas"]["TeacherTitle"] | components["schemas"]["TeacherEducation"] | components["schemas"]["TeacherCredential"] | components["schemas"]["TeacherCredentialEvent"] | components["schemas"]["TeacherDesignation"] | components["schemas"]["TrainingRecord"] | null;
            /** @description true: this teacher is leaving your scope (transferred out, a concurrent post at your school ended): this change is among the last you receive about them. You receive changes until the end date (validTo) of their last assignment in your scope, then nothing more. false: the teacher stays in your scope (always false for a bureau-wide reader). */
            leftScope: boolean;
        };
        TeacherCore: {
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
             * @description 用人类别 on `asOf` (the employment period that answers it)
             * @enum {string}
             */
            employmentCategory: "on_establishment" | "contract" | "substitute" | "special_post" | "other";
            /** @description 在编不在岗 on `asOf` */
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
            /**
             * @description Status on `asOf`: active, on_leave, or an end status (retired, left, deceased)
             * @enum {string}
             */
            status: "active" | "on_leave" | "retired" | "left" | "deceased";
            /**
             * Format: date
             * @description Last day of service, when the teacher is out of service on `asOf`
             * @example 2025-08-31
             */
            endedOn: string | null;
            endReason: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SyncBatch: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            schoolId: string;
            /** @enum {string} */
            mode: "dry_run" | "apply";
            /** @enum {string} */
            scope: "delta" | "full";
            atomic: boolean;
            /**
             * @description applied; dry_run (nothing written); rolled_back (atomic and a row was rejected)
             * @enum {string}
             */
            outcome: "applied" | "dry_run" | "rolled_back";
            counts: {
                created: number;
                updated: number;
                unchanged: number;
                ended: number;
                rejected: number;
            };
            results: components["schemas"]["SyncRowResult"][];
            /** Format: date-time */
            createdAt: string;
        };
        SyncRowResult: {
            /** @description The row in the batch (null for a record the batch ended without sending it) */
            pointer: string | null;
            /** @enum {string} */
            entity: "teacher" | "assignment" | "title" | "education" | "credential" | "credential_event" | "designation" | "training_record" | "school_classification";
            sourceKey: string | null;
            /** @enum {string} */
            outcome: "created" | "updated" | "unchanged" | "ended" | "rejected";
            /**
             * Format: uuid
             * @description Our id of the record (null when rejected before one existed)
             */
            id: string | null;
            /** Format: uuid */
            teacherId: string | null;
            /**
             * @description How an existing teacher was found
             * @enum {string|null}
             */
            matchedBy: "source_key" | "national_id" | null;
            problem: components["schemas"]["SyncRowProblem"] | null;
        };
        /** @description RFC 9457 problem for one row; pointers point into the batch (e.g. /records/teachers/3/birthDate) */
        SyncRowProblem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
                pointer: string;
                detail: string;
            }[];
        };
        SyncBatchRequest: {
            /**
             * Format: uuid
             * @description The school whose staff this is (a school_sync client: its own)
             */
            schoolId: string;
            /**
             * @description dry_run: answer exactly what apply would do, and write nothing
             * @enum {string}
             */
            mode: "dry_run" | "apply";
            /**
             * @description delta: upsert what is sent. full: what is sent is the school's whole current staff; anyone missing gets their assignment at this school ended (never deleted)
             * @enum {string}
             */
            scope: "delta" | "full";
            /**
             * @description true: any rejected row rolls back the whole batch
             * @default false
             */
            atomic?: boolean;
            /**
             * @description A full batch that would end more than 20% of the school's current staff is refused unless this is true
             * @default false
             */
            confirmMassEnd?: boolean;
            /** @description Up to 10,000 rows per collection (a 10,000-teacher school with their records fits); rows may refer to each other in any order */
            records: {
                /** @default [] */
                teachers?: components["schemas"]["SyncTeacher"][];
                /** @default [] */
                assignments?: components["schemas"]["SyncAssignment"][];
                /** @default [] */
                titles?: components["schemas"]["SyncTitle"][];
                /** @default [] */
                education?: components["schemas"]["SyncEducation"][];
                /** @default [] */
                credentials?: components["schemas"]["SyncCredential"][];
                /** @default [] */
                designations?: components["schemas"]["SyncDesignation"][];
                /** @default [] */
                trainingRecords?: components["schemas"]["SyncTrainingRecord"][];
                /** @default [] */
                schoolClassifications?: components["schemas"]["SyncSchoolClassification"][];
            };
        };
        /** @description A teacher, as POST /v1/teachers takes it. Matched by sourceKey, else by national ID. A teacher the batch creates gets a primary assignment at the batch's school from `assignmentStart` (default: hireDate, else the batch date) unless the batch has an assignment for them. For a known teacher, an employment category or 在编不在岗 that differs from the one on `employmentFrom` is a dated change from that day (as POST /v1/teachers/{id}/employment); a teacher out of service that day is rejected, naming the end. */
        SyncTeacher: {
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
            /** @description The school system's own key for this record */
            sourceKey: string;
            /**
             * Format: date
             * @description The date the row's employmentCategory and onEstablishmentNotAtPost hold from, for a known teacher (default: the batch date)
             * @example 2025-08-31
             */
            employmentFrom?: string;
        };
        /** @description An assignment at the batch's school, as POST /v1/teachers/{id}/assignments takes it */
        SyncAssignment: {
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
            /** @description The school system's own key for this record */
            sourceKey: string;
            /** @description The teacher's sourceKey (in this batch or an earlier one) */
            teacherSourceKey: string;
        };
        /** @description A title held, as POST /v1/teachers/{id}/titles takes it */
        SyncTitle: {
            /**
             * @description 正高级 senior_professional, 高级 senior, 一级 first_grade, 二级 second_grade, 三级 third_grade
             * @enum {string}
             */
            level: "none" | "third_grade" | "second_grade" | "first_grade" | "senior" | "senior_professional";
            /**
             * Format: date
             * @description Date the title was obtained (valid from)
             * @example 2025-08-31
             */
            obtainedOn: string;
            /**
             * @description appraisal 评审, recognition 认定, transfer_in 调入转评
             * @default appraisal
             * @enum {string}
             */
            obtainedBy?: "appraisal" | "recognition" | "transfer_in";
            /** @description Title series, e.g. 中小学教师 */
            series?: string | null;
            certificateNumber?: string | null;
            /**
             * Format: date
             * @description Last day held (set when superseded or ended)
             * @example 2025-08-31
             */
            validTo?: string | null;
            /** @description The school system's own key for this record */
            sourceKey: string;
            /** @description The teacher's sourceKey (in this batch or an earlier one) */
            teacherSourceKey: string;
        };
        /**
         * @description A qualification, as POST /v1/teachers/{id}/education takes it
         * @example {
         *       "level": "master",
         *       "institution": "东北师范大学",
         *       "mode": "in_service",
         *       "completedOn": "2019-06-30"
         *     }
         */
        SyncEducation: components["schemas"]["TeacherEducationCreate"] & {
            /** @description The school system's own key for this record */
            sourceKey: string;
            /** @description The teacher's sourceKey (in this batch or an earlier one) */
            teacherSourceKey: string;
        };
        /** @description A certificate or qualification, as POST /v1/teachers/{id}/credentials takes it */
        SyncCredential: {
            /**
             * @description 教师资格证 teacher_certificate, 职业资格 occupational_qualification (双师型), 校长任职资格 principal_qualification
             * @enum {string}
             */
            kind: "teacher_certificate" | "occupational_qualification" | "principal_qualification";
            number?: string | null;
            issuer?: string | null;
            /**
             * @description For a teacher certificate: the stage it certifies
             * @enum {string|null}
             */
            stage?: "kindergarten" | "primary" | "junior_secondary" | "nine_year" | "senior_secondary" | "vocational" | "special_education" | "teaching_point" | null;
            /** @description For a teacher certificate: the subject it names */
            subject?: string | null;
            /** @description For an occupational qualification: occupation and level */
            occupation?: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            issuedOn: string;
            /**
             * Format: date
             * @description Last valid day; null when it does not expire
             * @example 2025-08-31
             */
            expiresOn?: string | null;
            /** @description The school system's own key for this record */
            sourceKey: string;
            /** @description The teacher's sourceKey (in this batch or an earlier one) */
            teacherSourceKey: string;
        };
        /** @description A designation, as POST /v1/teachers/{id}/designations takes it */
        SyncDesignation: {
            /**
             * @description 特级教师 special_grade, 名师 famous_teacher, 学科带头人 subject_leader, 骨干教师 backbone, ... ; `other` with typeName
             * @enum {string}
             */
            type: "special_grade" | "famous_teacher" | "subject_leader" | "backbone" | "backbone_reserve" | "teaching_expert" | "teaching_newcomer" | "excellent_homeroom" | "famous_principal" | "backbone_principal" | "professional_leader" | "other";
            /** @description The local name, required for type `other` (e.g. 智慧教育名师) */
            typeName?: string | null;
            /** @enum {string} */
            level: "school" | "township" | "county" | "city" | "provincial" | "national";
            /** @description Edition or batch (届/批), e.g. 第十批 */
            batch?: string | null;
            /** @enum {string|null} */
            subject?: "chinese" | "mathematics" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "science" | "ideological_political" | "physical_education" | "music" | "art" | "labour" | "health_care" | "ict" | "psychology" | "special_education" | "preschool" | "vocational_specialty" | "other" | null;
            awardedBy?: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            awardedOn: string;
            /**
             * Format: date
             * @description Last valid day (term end, or the revocation date)
             * @example 2025-08-31
             */
            validUntil?: string | null;
            /**
             * @description active, expired or revoked; a revoked designation carries its revocation date in validUntil
             * @default active
             * @enum {string}
             */
            status?: "active" | "expired" | "revoked";
            /** @description The school system's own key for this record */
            sourceKey: string;
            /** @description The teacher's sourceKey (in this batch or an earlier one) */
            teacherSourceKey: string;
        };
        /** @description A training claim, as POST /v1/teachers/{id}/training-records takes it (external course or school-based activity). With `status` `verified` or `rejected`, `decidedOn` and `reviewedBy`, a historical import (permission `training.import`, which school systems hold for their own school): stored with that decision, audited as `import`. A decided record is the bureau's to change: sending it again with other values is refused for the row, as is a decision for a claim already sent as submitted (verify it through the API). */
        SyncTrainingRecord: {
            /** @description The school system's own key for this record */
            sourceKey: string;
            /** @description The teacher's sourceKey (in this batch or an earlier one) */
            teacherSourceKey: string;
            /** @enum {string} */
            source: "external_course" | "school_activity";
            title: string;
            /** @enum {string} */
            category: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other";
            /** @enum {string} */
            level?: "national" | "provincial" | "city" | "county" | "school";
            organiser?: string;
            /**
             * @description Hours (学时), a multiple of 0.1
             * @example 24.5
             */
            hours: number;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            completedOn: string;
            /** @description Required for an external course; one claim per evidence reference */
            evidenceRef?: string;
            note?: string;
            /**
             * @description Default `submitted` (a claim for a clerk to verify). `verified` or `rejected` load a historical decision with `decidedOn` and `reviewedBy`: permission `training.import` (bureau_admin and hr_clerk for their subtree, school systems through sync for their school); the audit event is `import`, naming the historical decider, while the actor stays the caller
             * @enum {string}
             */
            status?: "submitted" | "verified" | "rejected";
            /**
             * Format: date
             * @description For an import: the business date of the decision, on or after completedOn and not in the future
             * @example 2025-08-31
             */
            decidedOn?: string;
            /** @description For an import: who decided then (a name or an id), kept as the record's reviewer */
            reviewedBy?: string;
            /** @description For an imported rejection: the reason */
            rejectionReason?: string;
        };
        /**
         * @description The batch's school's classification from validFrom, as POST /v1/schools/{schoolId}/classifications takes it (facts not sent carry over). A row whose validFrom is a stored period's start corrects that period; a start before the current period's is refused (correct that period instead).
         * @example {
         *       "validFrom": "2026-09-01",
         *       "locationClass": "rural",
         *       "remote": true
         *     }
         */
        SyncSchoolClassification: {
            /**
             * Format: date
             * @description First day of the new period; the current one ends the day before
             * @example 2025-08-31
             */
            validFrom: string;
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
        SyncBatchPage: {
            items: components["schemas"]["SyncBatchSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        SyncBatchSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            schoolId: string;
            /** @enum {string} */
            mode: "dry_run" | "apply";
            /** @enum {string} */
            scope: "delta" | "full";
            atomic: boolean;
            /**
             * @description applied; dry_run (nothing written); rolled_back (atomic and a row was rejected)
             * @enum {string}
             */
            outcome: "applied" | "dry_run" | "rolled_back";
            counts: {
                created: number;
                updated: number;
                unchanged: number;
                ended: number;
                rejected: number;
            };
            /** Format: date-time */
            createdAt: string;
        };
        TargetPage: {
            items: components["schemas"]["Target"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0193a0d4-1a2b-7c3d-8e4f-5a6b7c8d9e77",
         *       "jurisdictionId": "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
         *       "code": "T12",
         *       "title": "职业院校“双师型”教师占专任教师比例",
         *       "plan": {
         *         "title": "盘锦市“十四五”教育发展规划",
         *         "from": "2021-01-01",
         *         "to": "2025-12-31"
         *       },
         *       "source": {
         *         "document": "004_35fdff4f42dcbf70.txt (第七篇 四.)",
         *         "quote": "全市职业院校'双师型'教师占专任教师比例达六零%以上"
         *       },
         *       "metric": {
         *         "kind": "ratio",
         *         "population": {
         *           "schoolStage": [
         *             "vocational"
         *           ],
         *           "postType": [
         *             "teaching"
         *           ]
         *         },
         *         "numerator": {
         *           "dualQualified": true
         *         }
         *       },
         *       "comparator": "gte",
         *       "value": 60,
         *       "tolerance": null,
         *       "unit": "percent",
         *       "deadline": "2025-12-31",
         *       "notes": null,
         *       "status": "active",
         *       "version": 1,
         *       "createdAt": "2021-03-01T08:00:00.000Z",
         *       "updatedAt": "2021-03-01T08:00:00.000Z"
         *     }
         */
        Target: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The jurisdiction the target applies to (its whole subtree)
             */
            jurisdictionId: string;
            code: string | null;
            title: string;
            plan: components["schemas"]["TargetPlan"];
            source: components["schemas"]["TargetSource"] | null;
            metric: components["schemas"]["Metric"];
            /**
             * @description gte (以上/不低于), lte (以下/不超过), eq, approx (左右, within tolerance)
             * @enum {string}
             */
            comparator: "gte" | "lte" | "eq" | "approx";
            /** @description The target figure, in `unit` */
            value: number;
            tolerance: number | null;
            /**
             * @description Must be the unit the metric yields (percent for shares, years for averages, …)
             * @enum {string}
             */
            unit: "percent" | "people" | "person_times" | "designations" | "schools" | "years" | "hours";
            deadline: string | null;
            notes: string | null;
            /** @enum {string} */
            status: "active" | "archived";
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TargetPlan: {
            title: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @default null
             * @example 2025-08-31
             */
            from?: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @default null
             * @example 2025-08-31
             */
            to?: string | null;
        };
        TargetSource: {
            /** @description The policy document (file, article) */
            document: string;
            /** @description The target as the document words it */
            quote: string;
        };
        Metric: components["schemas"]["RatioMetric"] | components["schemas"]["AverageMetric"] | components["schemas"]["CountMetric"] | components["schemas"]["CoverageMetric"] | components["schemas"]["TrainingComplianceMetric"] | components["schemas"]["TrainingRateMetric"] | components["schemas"]["HiresShareMetric"];
        /**
         * @description Share (%) of the population matching `numerator`
         * @example {
         *       "kind": "ratio",
         *       "population": {
         *         "schoolStage": [
         *           "vocational"
         *         ],
         *         "postType": [
         *           "teaching"
         *         ]
         *       },
         *       "numerator": {
         *         "dualQualified": true
         *       }
         *     }
         */
        RatioMetric: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "ratio";
            population?: components["schemas"]["MetricFilter"];
            numerator: components["schemas"]["MetricFilter"];
        };
        /**
         * @description Narrows the population (default: every teacher in scope)
         * @example {
         *       "all": [
         *         {
         *           "schoolStage": [
         *             "primary"
         *           ]
         *         },
         *         {
         *           "not": {
         *             "employmentCategory": [
         *               "substitute"
         *             ]
         *           }
         *         }
         *       ]
         *     }
         */
        MetricFilter: {
            all: components["schemas"]["MetricFilter"][];
        } | {
            any: components["schemas"]["MetricFilter"][];
        } | {
            not: components["schemas"]["MetricFilter"];
        } | components["schemas"]["MetricCondition"];
        /**
         * @example {
         *       "schoolStage": [
         *         "vocational"
         *       ],
         *       "postType": [
         *         "teaching"
         *       ]
         *     }
         */
        MetricCondition: {
            /** @description The home school offers any of these stages */
            schoolStage?: ("kindergarten" | "primary" | "junior_secondary" | "nine_year" | "senior_secondary" | "vocational" | "special_education" | "teaching_point")[];
            /** @description Teaches (a subject record) at any of these stages */
            teachingStage?: ("kindergarten" | "primary" | "junior_secondary" | "nine_year" | "senior_secondary" | "vocational" | "special_education" | "teaching_point")[];
            locationClass?: ("urban" | "town" | "rural")[];
            remote?: boolean;
            weak?: boolean;
            ownership?: ("public" | "private")[];
            /** @description Post type of the home assignment (专任教师 = teaching) */
            postType?: ("teaching" | "management" | "support")[];
            employmentCategory?: ("on_establishment" | "contract" | "substitute" | "special_post" | "other")[];
            /** @description 在编不在岗 */
            onEstablishmentNotAtPost?: boolean;
            /** @description Status on the date (its employment period). Teachers out of service are in no population, so active and on_leave are the ones that match */
            status?: ("active" | "on_leave" | "retired" | "left" | "deceased")[];
            /**
             * @description Highest education at least this
             * @enum {string}
             */
            educationAtLeast?: "below_secondary" | "secondary_vocational" | "associate" | "bachelor" | "master" | "doctorate";
            /**
             * @description Highest education exactly this
             * @enum {string}
             */
            educationExactly?: "below_secondary" | "secondary_vocational" | "associate" | "bachelor" | "master" | "doctorate";
            /** @description Completed graduate coursework (研究生课程进修) */
            graduateCoursework?: boolean;
            /** @enum {string} */
            titleAtLeast?: "none" | "third_grade" | "second_grade" | "first_grade" | "senior" | "senior_professional";
            /** @description Title held is one of these */
            title?: ("none" | "third_grade" | "second_grade" | "first_grade" | "senior" | "senior_professional")[];
            designation?: components["schemas"]["DesignationMatch"];
            /**
             * @description Holds an active credential of this kind
             * @enum {string}
             */
            credential?: "teacher_certificate" | "occupational_qualification" | "principal_qualification";
            /** @description 双师型: an active teacher certificate and an active occupational qualification */
            dualQualified?: boolean;
            /** @description Teaches any of these flagged subjects */
            subjectFlag?: ("ideological_political" | "physical_education" | "music" | "art" | "labour" | "health_care" | "ict" | "psychology" | "special_education")[];
            /** @description Teaches any of these subjects */
            subject?: ("chinese" | "mathematics" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "science" | "ideological_political" | "physical_education" | "music" | "art" | "labour" | "health_care" | "ict" | "psychology" | "special_education" | "preschool" | "vocational_specialty" | "other")[];
            /** @enum {string} */
            gender?: "female" | "male";
            /** @description Age (周岁) in whole years on the date, inclusive bounds */
            age?: {
                min?: number;
                max?: number;
            };
            /** @description Years of teaching (教龄) in whole years on the date, inclusive bounds */
            yearsOfTeaching?: {
                min?: number;
                max?: number;
            };
            /** @description Hired in this window */
            hireDate?: {
                /** Format: date */
                from?: string;
                /** Format: date */
                to?: string;
            };
        };
        /** @description Holds a designation matching this */
        DesignationMatch: {
            /** @description Any of these types (default: any type) */
            types?: ("special_grade" | "famous_teacher" | "subject_leader" | "backbone" | "backbone_reserve" | "teaching_expert" | "teaching_newcomer" | "excellent_homeroom" | "famous_principal" | "backbone_principal" | "professional_leader" | "other")[];
            /**
             * @description Level at least this (市级及以上 = city)
             * @enum {string}
             */
            levelAtLeast?: "school" | "township" | "county" | "city" | "provincial" | "national";
            /** @description Exactly one of these levels */
            levels?: ("school" | "township" | "county" | "city" | "provincial" | "national")[];
            subjects?: ("chinese" | "mathematics" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "science" | "ideological_political" | "physical_education" | "music" | "art" | "labour" | "health_care" | "ict" | "psychology" | "special_education" | "preschool" | "vocational_specialty" | "other")[];
            /** @description Awarded (validFrom) in this window: 新增 / 新培养. Without it, held on the date. */
            awarded?: {
                /** Format: date */
                from?: string;
                /** Format: date */
                to?: string;
            };
        };
        /**
         * @description Mean of a numeric attribute (whole years on the date) over the population; teachers without a value do not count
         * @example {
         *       "kind": "average",
         *       "attribute": "age",
         *       "population": {
         *         "locationClass": [
         *           "rural"
         *         ]
         *       }
         *     }
         */
        AverageMetric: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "average";
            /** @enum {string} */
            attribute: "age" | "yearsOfTeaching";
            population?: components["schemas"]["MetricFilter"];
        };
        /**
         * @description Number of teachers matching `filter`, or of designations (held on the date, or awarded in a window) of teachers matching it
         * @example {
         *       "kind": "count",
         *       "of": "designations",
         *       "designation": {
         *         "types": [
         *           "backbone"
         *         ],
         *         "levelAtLeast": "city"
         *       }
         *     }
         */
        CountMetric: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "count";
            /**
             * @default teachers
             * @enum {string}
             */
            of?: "teachers" | "designations";
            filter?: components["schemas"]["MetricFilter"];
            designation?: components["schemas"]["DesignationMatch"] & unknown;
        };
        /**
         * @description Share (%) of schools in scope with at least `minTeachers` teachers matching `filter` (for each subject flag, if given)
         * @example {
         *       "kind": "coverage",
         *       "filter": {
         *         "designation": {
         *           "types": [
         *             "famous_teacher"
         *           ]
         *         }
         *       },
         *       "minTeachers": 1,
         *       "subjectFlags": [
         *         "physical_education",
         *         "music",
         *         "art",
         *         "labour",
         *         "ideological_political",
         *         "health_care"
         *       ]
         *     }
         */
        CoverageMetric: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "coverage";
            filter: components["schemas"]["MetricFilter"];
            /** @default 1 */
            minTeachers?: number;
            /** @description Covered only with minTeachers matching teachers teaching each of these */
            subjectFlags?: ("ideological_political" | "physical_education" | "music" | "art" | "labour" | "health_care" | "ict" | "psychology" | "special_education")[];
            schools?: components["schemas"]["MetricSchoolFilter"];
        };
        /** @description Which schools count (default: every school in scope) */
        MetricSchoolFilter: {
            stages?: ("kindergarten" | "primary" | "junior_secondary" | "nine_year" | "senior_secondary" | "vocational" | "special_education" | "teaching_point")[];
            locationClass?: ("urban" | "town" | "rural")[];
            remote?: boolean;
            weak?: boolean;
            ownership?: ("public" | "private")[];
        };
        /**
         * @description Share (%) of the population whose continuing-education cycle status is one of `statuses`
         * @example {
         *       "kind": "training_compliance",
         *       "statuses": [
         *         "complete"
         *       ],
         *       "population": {
         *         "yearsOfTeaching": {
         *           "min": 1
         *         }
         *       }
         *     }
         */
        TrainingComplianceMetric: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "training_compliance";
            population?: components["schemas"]["MetricFilter"];
            /**
             * @description Cycle statuses that count (complete, or complete and on_track)
             * @default [
             *       "complete"
             *     ]
             */
            statuses?: ("complete" | "on_track")[];
            /** @description Cycle number (default: the cycle running on the date) */
            cycle?: number;
            /**
             * @description Leave teachers who are not eligible (e.g. 教龄 too short) out of the population
             * @default true
             */
            eligibleOnly?: boolean;
        };
        /**
         * @description Programme statistics over the enrolments of teachers in scope in programmes matching `programs`: attendance = 上站率 (started ÷ enrolled), module_completion = 单科结业率 (modules passed ÷ module places), completion (completed ÷ enrolled), person_times = 人次 (completions)
         * @example {
         *       "kind": "training_rate",
         *       "rate": "attendance",
         *       "programs": {
         *         "starts": {
         *           "from": "2025-01-01",
         *           "to": "2025-12-31"
         *         }
         *       }
         *     }
         */
        TrainingRateMetric: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "training_rate";
            /** @enum {string} */
            rate: "attendance" | "module_completion" | "completion" | "person_times";
            programs?: components["schemas"]["MetricProgramFilter"];
        };
        MetricProgramFilter: {
            levels?: ("national" | "provincial" | "city" | "county" | "school")[];
            modes?: ("online" | "in_person" | "blended")[];
            categories?: ("ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other")[];
            codes?: string[];
            /** @description Programmes starting in this window */
            starts?: {
                /** Format: date */
                from?: string;
                /** Format: date */
                to?: string;
            };
        };
        /**
         * @description Among teachers hired in `hired` (and matching `population`), the share (%) matching `numerator`
         * @example {
         *       "kind": "hires_share",
         *       "hired": {
         *         "from": "2025-01-01",
         *         "to": "2025-12-31"
         *       },
         *       "population": {
         *         "employmentCategory": [
         *           "on_establishment"
         *         ]
         *       },
         *       "numerator": {
         *         "schoolStage": [
         *           "kindergarten"
         *         ]
         *       }
         *     }
         */
        HiresShareMetric: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "hires_share";
            hired: {
                /** Format: date */
                from?: string;
                /** Format: date */
                to?: string;
            };
            population?: components["schemas"]["MetricFilter"];
            numerator: components["schemas"]["MetricFilter"];
        };
        TargetCreate: {
            /**
             * Format: uuid
             * @description The jurisdiction the target applies to (its whole subtree)
             */
            jurisdictionId: string;
            /**
             * @description Short reference, unique per jurisdiction (e.g. T12)
             * @default null
             */
            code?: string | null;
            title: string;
            plan: components["schemas"]["TargetPlan"];
            /** @default null */
            source?: components["schemas"]["TargetSource"] | null;
            metric: components["schemas"]["Metric"];
            /**
             * @description gte (以上/不低于), lte (以下/不超过), eq, approx (左右, within tolerance)
             * @enum {string}
             */
            comparator: "gte" | "lte" | "eq" | "approx";
            /** @description The target figure, in `unit` */
            value: number;
            /**
             * @description With approx: how far from `value` still counts as met
             * @default null
             */
            tolerance?: number | null;
            /**
             * @description Must be the unit the metric yields (percent for shares, years for averages, …)
             * @enum {string}
             */
            unit: "percent" | "people" | "person_times" | "designations" | "schools" | "years" | "hours";
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @default null
             * @example 2025-08-31
             */
            deadline?: string | null;
            /** @default null */
            notes?: string | null;
        };
        TargetUpdate: {
            /**
             * @description Short reference, unique per jurisdiction (e.g. T12)
             * @default null
             */
            code?: string | null;
            title?: string;
            plan?: components["schemas"]["TargetPlan"];
            /** @default null */
            source?: components["schemas"]["TargetSource"] | null;
            metric?: components["schemas"]["Metric"];
            /**
             * @description gte (以上/不低于), lte (以下/不超过), eq, approx (左右, within tolerance)
             * @enum {string}
             */
            comparator?: "gte" | "lte" | "eq" | "approx";
            /** @description The target figure, in `unit` */
            value?: number;
            /**
             * @description With approx: how far from `value` still counts as met
             * @default null
             */
            tolerance?: number | null;
            /**
             * @description Must be the unit the metric yields (percent for shares, years for averages, …)
             * @enum {string}
             */
            unit?: "percent" | "people" | "person_times" | "designations" | "schools" | "years" | "hours";
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @default null
             * @example 2025-08-31
             */
            deadline?: string | null;
            /** @default null */
            notes?: string | null;
            /** @enum {string} */
            status?: "active" | "archived";
        };
        Evaluation: {
            /** Format: uuid */
            targetId: string | null;
            /** Format: uuid */
            jurisdictionId: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            asOf: string;
            /** @enum {string} */
            groupBy: "none" | "school" | "jurisdiction";
            metricKind: string;
            /** @enum {string} */
            unit: "percent" | "people" | "person_times" | "designations" | "schools" | "years" | "hours";
            numerator: number | null;
            denominator: number | null;
            value: number | null;
            /** @description People the headline is about (null when suppressed) */
            population: number | null;
            /** @description The headline is about 1–4 people and the caller lacks `reports.small_cells.read`: no figures */
            suppressed: boolean;
            target: {
                /** @enum {string} */
                comparator: "gte" | "lte" | "eq" | "approx";
                value: number;
                tolerance: number | null;
                deadline: string | null;
                met: boolean | null;
                /** @description Distance to the target in its unit (0 when met) */
                gap: number | null;
                /** @description For shares: how many more (or fewer) people in the numerator would meet it */
                gapMembers: number | null;
                /** @description From asOf; negative once the deadline has passed */
                daysToDeadline: number | null;
            } | null;
            breakdown: components["schemas"]["EvaluatedCell"][];
        };
        EvaluatedCell: {
            /** @enum {string} */
            unitType: "school" | "jurisdiction";
            /** Format: uuid */
            unitId: string;
            unitName: string;
            numerator: number | null;
            denominator: number | null;
            /** @description In the metric's unit (percent for shares); null when suppressed or undefined (no one in the cell) */
            value: number | null;
            /** @description People (enrolments, for training rates; schools, for coverage) the cell covers */
            population: number | null;
            /** @description Whether this cell alone meets the target (null without a target or a value) */
            met: boolean | null;
            gap: number | null;
            /** @description Coverage by subject flag: the flags this school lacks */
            missingSubjectFlags: string[] | null;
            /** @description Figures withheld from a caller without `reports.small_cells.read`: the cell is about 1–4 people, or it is the one cell that would give a withheld cell away by subtraction */
            suppressed: boolean;
        };
        TargetSnapshot: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            targetId: string;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            asOf: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The client that stored it */
            createdBy: string;
            evaluation: components["schemas"]["Evaluation"];
        };
        TargetSnapshotRequest: {
            /**
             * Format: date
             * @description Default: today
             * @example 2025-08-31
             */
            asOf?: string;
            /**
             * @default none
             * @enum {string}
             */
            groupBy?: "none" | "school" | "jurisdiction";
        };
        TargetSnapshotPage: {
            items: components["schemas"]["TargetSnapshot"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        MetricEvaluationRequest: {
            metric: components["schemas"]["Metric"];
            /**
             * Format: uuid
             * @description Default: the caller's jurisdiction
             */
            jurisdictionId?: string;
            /**
             * Format: date
             * @description Business date. Default: today
             * @example 2025-08-31
             */
            asOf?: string;
            /**
             * Format: date-time
             * @description Knowledge time (ISO 8601 instant, default now). For training_compliance it evaluates the training register as recorded by that instant: only training records submitted by then, each with the verification or rejection recorded by then (`asOf` still picks the business date and the decision dates). The register's other facts (assignments, titles, education, credentials, designations, programme enrolments and results) keep no recorded-time history yet: for every other metric kind, and for the population of training_compliance, knownAt has no effect and they are read as stored now.
             * @example 2026-11-30T16:00:00Z
             */
            knownAt?: string;
            /**
             * @default none
             * @enum {string}
             */
            groupBy?: "none" | "school" | "jurisdiction";
        };
        /**
         * @example {
         *       "jurisdictionId": "0193a0c1-0000-7000-8000-000000000001",
         *       "asOf": "2025-08-31",
         *       "total": {
         *         "count": 120,
         *         "share": 1,
         *         "suppressed": false
         *       },
         *       "dimensions": [
         *         {
         *           "dimension": "education_level",
         *           "labels": {
         *             "zh-CN": "学历",
         *             "en": "Education level"
         *           },
         *           "rows": [
         *             {
         *               "code": "associate",
         *               "labels": {
         *                 "zh-CN": "专科",
         *                 "en": "Associate"
         *               },
         *               "count": 20,
         *               "share": 0.1667,
         *               "suppressed": false
         *             },
         *             {
         *               "code": "bachelor",
         *               "labels": {
         *                 "zh-CN": "本科",
         *                 "en": "Bachelor"
         *               },
         *               "count": 97,
         *               "share": 0.8083,
         *               "suppressed": false
         *             },
         *             {
         *               "code": "master",
         *               "labels": {
         *                 "zh-CN": "硕士研究生",
         *                 "en": "Master"
         *               },
         *               "count": null,
         *               "share": null,
         *               "suppressed": true
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        WorkforceReport: {
            /**
             * Format: uuid
             * @description The jurisdiction reported on; null for the whole tree or a school-bound caller
             */
            jurisdictionId: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            asOf: string;
            total: components["schemas"]["ReportCount"];
            dimensions: components["schemas"]["WorkforceReportDimension"][];
        };
        ReportCount: {
            /** @description Teachers; null when suppressed */
            count: number | null;
            /** @description count ÷ total, a fraction (0–1) with four decimals; null when suppressed or nobody is counted */
            share: number | null;
            /** @description True when the count is under 5 (and above 0) and the caller lacks `reports.small_cells.read` */
            suppressed: boolean;
        };
        WorkforceReportDimension: {
            /** @enum {string} */
            dimension: "education_level" | "title_level" | "age_band" | "employment_category" | "school_stage" | "location_class" | "gender" | "dual_qualification" | "designation_level";
            labels: components["schemas"]["ReportLabels"];
            /** @description Every code of the dimension, zero rows included, in vocabulary order */
            rows: components["schemas"]["WorkforceReportRow"][];
        };
        ReportLabels: {
            /** @example 本科 */
            "zh-CN": string;
            /** @example Bachelor */
            en: string;
        };
        WorkforceReportRow: {
            /** @example bachelor */
            code: string;
            labels: components["schemas"]["ReportLabels"];
            /** @description Teachers; null when suppressed */
            count: number | null;
            /** @description count ÷ total, a fraction (0–1) with four decimals; null when suppressed or nobody is counted */
            share: number | null;
            /** @description True when the count is under 5 (and above 0) and the caller lacks `reports.small_cells.read` */
            suppressed: boolean;
        };
        TargetsReport: {
            /** Format: uuid */
            jurisdictionId: string | null;
            /**
             * Format: date
             * @description Business date, YYYY-MM-DD
             * @example 2025-08-31
             */
            asOf: string;
            items: components["schemas"]["TargetProgress"][];
        };
        TargetProgress: {
            target: components["schemas"]["Target"];
            evaluation: components["schemas"]["Evaluation"];
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
            /** @description invalid_request or unsupported_grant_type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description invalid_client */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
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
            /** @description Rate limited */
            429: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
                /** @description The classification shown and filtered on is the one valid on this date (default: today, UTC) */
                asOf?: string;
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
            /** @description Rate limited */
            429: {
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
            query?: {
                /** @description Show the classification valid on this date (default: today, UTC) */
                asOf?: string;
            };
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
            /** @description Rate limited */
            429: {
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    listSchoolClassifications: {
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
            /** @description The history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolClassificationHistory"];
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
            /** @description Rate limited */
            429: {
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
    createSchoolClassification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422. */
                "idempotency-key"?: string;
            };
            path: {
                schoolId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SchoolClassificationCreate"];
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
                    "application/json": components["schemas"]["SchoolClassification"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    updateSchoolClassification: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                schoolId: string;
                classificationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SchoolClassificationUpdate"];
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
                    "application/json": components["schemas"]["SchoolClassification"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
                /** @description Status on `asOf`. Without it the list holds the teachers in service on `asOf` (active or on leave) */
                status?: "active" | "on_leave" | "retired" | "left" | "deceased";
                /** @description 用人类别 on `asOf` */
                employmentCategory?: "on_establishment" | "contract" | "substitute" | "special_post" | "other";
                /** @description 在编不在岗 on `asOf` */
                onEstablishmentNotAtPost?: boolean;
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
            /** @description Rate limited */
            429: {
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Ended: the teacher as of the day after `endedOn` */
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    reinstateTeacher: {
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
                "application/json": components["schemas"]["TeacherReinstate"];
            };
        };
        responses: {
            /** @description The employment history after reinstatement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherEmploymentHistory"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    listTeacherEmployment: {
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
            /** @description Every period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherEmploymentHistory"];
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
            /** @description Rate limited */
            429: {
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
    changeTeacherEmployment: {
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
                "application/json": components["schemas"]["TeacherEmploymentChange"];
            };
        };
        responses: {
            /** @description The history after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherEmploymentHistory"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    correctTeacherEmploymentPeriod: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                teacherId: string;
                periodId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeacherEmploymentCorrection"];
            };
        };
        responses: {
            /** @description Corrected */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherEmploymentPeriod"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Rate limited */
            429: {
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
    getTeacherEligibility: {
        parameters: {
            query?: {
                /** @description The date asked about (default: today, UTC); an annual appraisal: its year */
                asOf?: string;
                /** @description One kind of write; omit for all. title_appraisal: 职称评聘 (a title by appraisal); post_promotion: 职务晋升 (a post appointment above the post held); designation: 评优树模 (a designation or honour); annual_appraisal: 年度考核 (an annual appraisal above 不合格); teacher_certificate: 教师资格认定 (a teacher certificate) */
                for?: "title_appraisal" | "post_promotion" | "designation" | "annual_appraisal" | "teacher_certificate";
            };
            header?: never;
            path: {
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eligibility per kind */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherEligibility"];
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
            /** @description Rate limited */
            429: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    listTeacherTitles: {
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
                    "application/json": components["schemas"]["TeacherTitlePage"];
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
            /** @description Rate limited */
            429: {
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
    createTeacherTitle: {
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
                "application/json": components["schemas"]["TeacherTitleCreate"];
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
                    "application/json": components["schemas"]["TeacherTitle"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getTeacherTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teacherId: string;
                titleId: string;
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
                    "application/json": components["schemas"]["TeacherTitle"];
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
            /** @description Rate limited */
            429: {
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
    updateTeacherTitle: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                teacherId: string;
                titleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeacherTitleUpdate"];
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
                    "application/json": components["schemas"]["TeacherTitle"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    endTeacherTitle: {
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
                titleId: string;
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
                    "application/json": components["schemas"]["TeacherTitle"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    listTeacherPostAppointments: {
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
                    "application/json": components["schemas"]["TeacherPostAppointmentPage"];
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
            /** @description Rate limited */
            429: {
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
    createTeacherPostAppointment: {
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
                "application/json": components["schemas"]["TeacherPostAppointmentCreate"];
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
                    "application/json": components["schemas"]["TeacherPostAppointment"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getTeacherPostAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teacherId: string;
                appointmentId: string;
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
                    "application/json": components["schemas"]["TeacherPostAppointment"];
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
            /** @description Rate limited */
            429: {
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
    updateTeacherPostAppointment: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                teacherId: string;
                appointmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeacherPostAppointmentUpdate"];
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
                    "application/json": components["schemas"]["TeacherPostAppointment"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    endTeacherPostAppointment: {
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
                appointmentId: string;
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
                    "application/json": components["schemas"]["TeacherPostAppointment"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    listTeacherEducationRecords: {
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
                    "application/json": components["schemas"]["TeacherEducationPage"];
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
            /** @description Rate limited */
            429: {
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
    createTeacherEducation: {
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
                "application/json": components["schemas"]["TeacherEducationCreate"];
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
                    "application/json": components["schemas"]["TeacherEducation"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getTeacherEducation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teacherId: string;
                educationId: string;
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
                    "application/json": components["schemas"]["TeacherEducation"];
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
            /** @description Rate limited */
            429: {
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
    updateTeacherEducation: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                teacherId: string;
                educationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeacherEducationUpdate"];
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
                    "application/json": components["schemas"]["TeacherEducation"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    endTeacherEducation: {
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
                educationId: string;
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
                    "application/json": components["schemas"]["TeacherEducation"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    listTeacherGraduateCourseworkRecords: {
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
                    "application/json": components["schemas"]["TeacherGraduateCourseworkPage"];
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
            /** @description Rate limited */
            429: {
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
    createTeacherGraduateCoursework: {
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
                "application/json": components["schemas"]["TeacherGraduateCourseworkCreate"];
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
                    "application/json": components["schemas"]["TeacherGraduateCoursework"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getTeacherGraduateCoursework: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teacherId: string;
                courseworkId: string;
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
                    "application/json": components["schemas"]["TeacherGraduateCoursework"];
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
            /** @description Rate limited */
            429: {
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
    updateTeacherGraduateCoursework: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                teacherId: string;
                courseworkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeacherGraduateCourseworkUpdate"];
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
                    "application/json": components["schemas"]["TeacherGraduateCoursework"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    endTeacherGraduateCoursework: {
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
                courseworkId: string;
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
                    "application/json": components["schemas"]["TeacherGraduateCoursework"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    listTeacherSubjects: {
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
                    "application/json": components["schemas"]["TeacherSubjectPage"];
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
            /** @description Rate limited */
            429: {
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
    createTeacherSubject: {
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
                "application/json": components["schemas"]["TeacherSubjectCreate"];
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
                    "application/json": components["schemas"]["TeacherSubject"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getTeacherSubject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teacherId: string;
                subjectId: string;
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
                    "application/json": components["schemas"]["TeacherSubject"];
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
            /** @description Rate limited */
            429: {
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
    updateTeacherSubject: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                teacherId: string;
                subjectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeacherSubjectUpdate"];
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
                    "application/json": components["schemas"]["TeacherSubject"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    endTeacherSubject: {
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
                subjectId: string;
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
                    "application/json": components["schemas"]["TeacherSubject"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    listTeacherCredentials: {
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
                    "application/json": components["schemas"]["TeacherCredentialPage"];
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
            /** @description Rate limited */
            429: {
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
    createTeacherCredential: {
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
                "application/json": components["schemas"]["TeacherCredentialCreate"];
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
                    "application/json": components["schemas"]["TeacherCredential"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getTeacherCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teacherId: string;
                credentialId: string;
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
                    "application/json": components["schemas"]["TeacherCredential"];
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
            /** @description Rate limited */
            429: {
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
    updateTeacherCredential: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                teacherId: string;
                credentialId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeacherCredentialUpdate"];
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
                    "application/json": components["schemas"]["TeacherCredential"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    endTeacherCredential: {
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
                credentialId: string;
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
                    "application/json": components["schemas"]["TeacherCredential"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    listTeacherCredentialEvents: {
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
                credentialId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status events, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherCredentialEventPage"];
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
            /** @description Rate limited */
            429: {
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
    createTeacherCredentialEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422. */
                "idempotency-key"?: string;
            };
            path: {
                teacherId: string;
                credentialId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeacherCredentialEventCreate"];
            };
        };
        responses: {
            /** @description The event */
            201: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherCredentialEvent"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    listTeacherDesignations: {
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
                    "application/json": components["schemas"]["TeacherDesignationPage"];
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
            /** @description Rate limited */
            429: {
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
    createTeacherDesignation: {
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
                "application/json": components["schemas"]["TeacherDesignationCreate"];
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
                    "application/json": components["schemas"]["TeacherDesignation"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getTeacherDesignation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teacherId: string;
                designationId: string;
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
                    "application/json": components["schemas"]["TeacherDesignation"];
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
            /** @description Rate limited */
            429: {
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
    updateTeacherDesignation: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                teacherId: string;
                designationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeacherDesignationUpdate"];
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
                    "application/json": components["schemas"]["TeacherDesignation"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    endTeacherDesignation: {
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
                designationId: string;
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
                    "application/json": components["schemas"]["TeacherDesignation"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    listTeacherEthicsRecords: {
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
                    "application/json": components["schemas"]["TeacherEthicsRecordPage"];
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
            /** @description Rate limited */
            429: {
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
    createTeacherEthicsRecord: {
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
                "application/json": components["schemas"]["TeacherEthicsRecordCreate"];
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
                    "application/json": components["schemas"]["TeacherEthicsRecord"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getTeacherEthicsRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teacherId: string;
                ethicsRecordId: string;
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
                    "application/json": components["schemas"]["TeacherEthicsRecord"];
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
            /** @description Rate limited */
            429: {
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
    updateTeacherEthicsRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                teacherId: string;
                ethicsRecordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeacherEthicsRecordUpdate"];
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
                    "application/json": components["schemas"]["TeacherEthicsRecord"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    endTeacherEthicsRecord: {
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
                ethicsRecordId: string;
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
                    "application/json": components["schemas"]["TeacherEthicsRecord"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    listTeacherAnnualAppraisals: {
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
                    "application/json": components["schemas"]["TeacherAnnualAppraisalPage"];
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
            /** @description Rate limited */
            429: {
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
    createTeacherAnnualAppraisal: {
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
                "application/json": components["schemas"]["TeacherAnnualAppraisalCreate"];
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
                    "application/json": components["schemas"]["TeacherAnnualAppraisal"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getTeacherAnnualAppraisal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teacherId: string;
                appraisalId: string;
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
                    "application/json": components["schemas"]["TeacherAnnualAppraisal"];
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
            /** @description Rate limited */
            429: {
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
    updateTeacherAnnualAppraisal: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                teacherId: string;
                appraisalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeacherAnnualAppraisalUpdate"];
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
                    "application/json": components["schemas"]["TeacherAnnualAppraisal"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    listTrainingPrograms: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Programmes owned by this jurisdiction or anything below it */
                jurisdictionId?: string;
                /** @description Programmes owned by this school */
                schoolId?: string;
                level?: "national" | "provincial" | "city" | "county" | "school";
                category?: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other";
                mode?: "online" | "in_person" | "blended";
                /** @description Programmes starting in this calendar year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of programmes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingProgramPage"];
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
            /** @description Rate limited */
            429: {
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
    createTrainingProgram: {
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
                "application/json": components["schemas"]["TrainingProgramCreate"];
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
                    "application/json": components["schemas"]["TrainingProgram"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getTrainingProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The programme with its modules */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingProgram"];
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
            /** @description Rate limited */
            429: {
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
    updateTrainingProgram: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingProgramUpdate"];
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
                    "application/json": components["schemas"]["TrainingProgram"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getTrainingProgramStatistics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingProgramStatistics"];
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
            /** @description Rate limited */
            429: {
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
    listTrainingEnrollments: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                status?: "enrolled" | "started" | "completed" | "failed" | "withdrawn";
                teacherId?: string;
            };
            header?: never;
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of enrolments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingEnrollmentPage"];
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
            /** @description Rate limited */
            429: {
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
    createTrainingEnrollment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422. */
                "idempotency-key"?: string;
            };
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingEnrollmentCreate"];
            };
        };
        responses: {
            /** @description Already enrolled */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingEnrollment"];
                };
            };
            /** @description Enrolled */
            201: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingEnrollment"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    bulkEnrollTraining: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422. */
                "idempotency-key"?: string;
            };
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingBulkEnrollRows"];
                "text/csv": string;
            };
        };
        responses: {
            /** @description A result per row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingBulkOutcome"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    recordTrainingResults: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422. */
                "idempotency-key"?: string;
            };
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingBulkResultRows"];
                "text/csv": string;
            };
        };
        responses: {
            /** @description A result per row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingBulkOutcome"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getTrainingEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: string;
                enrollmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enrolment */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingEnrollment"];
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
            /** @description Rate limited */
            429: {
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
    updateTrainingEnrollment: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                programId: string;
                enrollmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingEnrollmentUpdate"];
            };
        };
        responses: {
            /** @description Updated (or unchanged) */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingEnrollment"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    listTrainingRecords: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description `submitted` is the verification queue */
                status?: "submitted" | "verified" | "rejected";
                category?: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other";
                source?: "program" | "external_course" | "school_activity";
                /** @description Completed on or after this date */
                completedFrom?: string;
                /** @description Completed on or before this date */
                completedTo?: string;
                teacherId?: string;
                /** @description Teachers assigned to this school today */
                schoolId?: string;
                /** @description Teachers assigned today to a school in this jurisdiction's subtree */
                jurisdictionId?: string;
            };
            header?: never;
            path?: never;
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
                    "application/json": components["schemas"]["TrainingRecordPage"];
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
            /** @description Rate limited */
            429: {
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
    getTrainingRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recordId: string;
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
                    "application/json": components["schemas"]["TrainingRecord"];
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
            /** @description Rate limited */
            429: {
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
    verifyTrainingRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
                /** @description Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422. */
                "idempotency-key"?: string;
            };
            path: {
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TrainingRecordVerify"];
            };
        };
        responses: {
            /** @description Verified */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingRecord"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    rejectTrainingRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
                /** @description Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422. */
                "idempotency-key"?: string;
            };
            path: {
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingRecordReject"];
            };
        };
        responses: {
            /** @description Rejected */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingRecord"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    listTeacherTrainingRecords: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description `submitted` is the verification queue */
                status?: "submitted" | "verified" | "rejected";
                category?: "ethics" | "subject" | "general" | "ict" | "homeroom" | "enterprise_practice" | "leadership" | "other";
                source?: "program" | "external_course" | "school_activity";
                /** @description Completed on or after this date */
                completedFrom?: string;
                /** @description Completed on or before this date */
                completedTo?: string;
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
                    "application/json": components["schemas"]["TrainingRecordPage"];
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
            /** @description Rate limited */
            429: {
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
    submitTrainingClaim: {
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
                "application/json": components["schemas"]["TrainingClaimCreate"];
            };
        };
        responses: {
            /** @description Submitted (or imported) */
            201: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingRecord"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    listTrainingRules: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Versions attached to this jurisdiction */
                jurisdictionId?: string;
                /** @description Versions attached to this jurisdiction or any ancestor (the chain its teachers inherit) */
                appliesTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rule versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingRulePage"];
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
            /** @description Rate limited */
            429: {
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
    createTrainingRule: {
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
                "application/json": components["schemas"]["TrainingRuleCreate"];
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
                    "application/json": components["schemas"]["TrainingRule"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getTrainingRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ruleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule version */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingRule"];
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
            /** @description Rate limited */
            429: {
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
    updateTrainingRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                ruleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingRuleUpdate"];
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
                    "application/json": components["schemas"]["TrainingRule"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getTeacherTrainingCompliance: {
        parameters: {
            query?: {
                /** @description Business date (valid time, default today UTC): a record counts when completed on or before it and verified with a decision date (`decidedOn`) on or before it, whenever that decision was recorded */
                asOf?: string;
                /** @description Knowledge time (ISO 8601 instant, default now): evaluate the register as it stood then, from recorded times: only records submitted by that instant, each with the status recorded by then (a verification or rejection recorded later has not happened yet, whatever its decision date). With a fixed knownAt the answer never changes, for appraisal gates and disputes */
                knownAt?: string;
                /** @description Cycle number (default: the one containing asOf) */
                cycle?: number;
            };
            header?: never;
            path: {
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evaluation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingCompliance"];
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
            /** @description Rate limited */
            429: {
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
    listTrainingCompliance: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Business date (valid time, default today UTC): a record counts when completed on or before it and verified with a decision date (`decidedOn`) on or before it, whenever that decision was recorded */
                asOf?: string;
                /** @description Knowledge time (ISO 8601 instant, default now): evaluate the register as it stood then, from recorded times: only records submitted by that instant, each with the status recorded by then (a verification or rejection recorded later has not happened yet, whatever its decision date). With a fixed knownAt the answer never changes, for appraisal gates and disputes */
                knownAt?: string;
                /** @description Cycle number (default: the one containing asOf) */
                cycle?: number;
                /** @description Teachers assigned on asOf to a school in this jurisdiction's subtree */
                jurisdictionId?: string;
                /** @description Teachers assigned to this school on asOf */
                schoolId?: string;
                status?: "complete" | "on_track" | "behind" | "not_eligible";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of teachers with their status (or CSV of all of them) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingCompliancePage"];
                    "text/csv": string;
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
            /** @description Rate limited */
            429: {
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
    getTeacherTrainingTranscript: {
        parameters: {
            query?: {
                /** @description Completed on or after */
                from?: string;
                /** @description Completed on or before */
                to?: string;
                includeRejected?: boolean;
                /** @description Knowledge time (ISO 8601 instant, default now): evaluate the register as it stood then, from recorded times: only records submitted by that instant, each with the status recorded by then (a verification or rejection recorded later has not happened yet, whatever its decision date). With a fixed knownAt the answer never changes, for appraisal gates and disputes */
                knownAt?: string;
            };
            header?: never;
            path: {
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transcript */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingTranscript"];
                    "text/csv": string;
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
            /** @description Rate limited */
            429: {
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
    getTrainingRollup: {
        parameters: {
            query?: {
                /** @description Default: the caller's own jurisdiction (the whole tree for a root principal) */
                jurisdictionId?: string;
                /** @description Only programmes starting in this year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rows per unit and year, totals last in each year */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingRollup"];
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
            /** @description Rate limited */
            429: {
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
    listChanges: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous response; omit to start from the beginning */
                cursor?: string;
                /** @description Changes per response (1–1000) */
                limit?: number;
                /** @description Comma-separated: teacher, assignment, title, education, credential, credential_event, designation, training_record (default: all) */
                entities?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Changes after the cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
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
            /** @description Rate limited */
            429: {
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
    listSyncBatches: {
        parameters: {
            query: {
                /** @description The school whose batches to list */
                schoolId: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of batches */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncBatchPage"];
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
            /** @description Rate limited */
            429: {
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
    createSyncBatch: {
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
                "application/json": components["schemas"]["SyncBatchRequest"];
            };
        };
        responses: {
            /** @description The batch's result (also for dry runs and atomic roll-backs) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncBatch"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getSyncBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncBatch"];
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
            /** @description Rate limited */
            429: {
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
    listTargets: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Targets of this jurisdiction and of the jurisdictions below it */
                jurisdictionId?: string;
                status?: "active" | "archived";
                code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetPage"];
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
            /** @description Rate limited */
            429: {
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
    createTarget: {
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
                "application/json": components["schemas"]["TargetCreate"];
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
                    "application/json": components["schemas"]["Target"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The target */
            200: {
                headers: {
                    /** @description Current version of the resource, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
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
            /** @description Rate limited */
            429: {
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
    updateTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; the write fails with 412 if the record changed since. */
                "if-match"?: string;
            };
            path: {
                targetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetUpdate"];
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
                    "application/json": components["schemas"]["Target"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    evaluateTarget: {
        parameters: {
            query?: {
                /** @description Evaluate with the register as it was on this date (default today) */
                asOf?: string;
                /** @description Knowledge time (ISO 8601 instant, default now). For training_compliance it evaluates the training register as recorded by that instant: only training records submitted by then, each with the verification or rejection recorded by then (`asOf` still picks the business date and the decision dates). The register's other facts (assignments, titles, education, credentials, designations, programme enrolments and results) keep no recorded-time history yet: for every other metric kind, and for the population of training_compliance, knownAt has no effect and they are read as stored now. */
                knownAt?: string;
                /** @description Breakdown rows: none, every school in scope, or every child jurisdiction (and school directly below) */
                groupBy?: "none" | "school" | "jurisdiction";
            };
            header?: never;
            path: {
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evaluation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
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
            /** @description Rate limited */
            429: {
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
    listTargetMembers: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                set?: "numerator" | "population" | "gap";
                /** @description Business date, YYYY-MM-DD */
                asOf?: string;
            };
            header?: never;
            path: {
                targetId: string;
            };
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
            /** @description Rate limited */
            429: {
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
    listTargetSnapshots: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of snapshots */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetSnapshotPage"];
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
            /** @description Rate limited */
            429: {
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
    createTargetSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422. */
                "idempotency-key"?: string;
            };
            path: {
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TargetSnapshotRequest"];
            };
        };
        responses: {
            /** @description Stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetSnapshot"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    evaluateMetric: {
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
                "application/json": components["schemas"]["MetricEvaluationRequest"];
            };
        };
        responses: {
            /** @description The evaluation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
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
            /** @description Request body too large */
            413: {
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
            /** @description Rate limited */
            429: {
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
    getWorkforceReport: {
        parameters: {
            query?: {
                /** @description Default: the caller's own org (the whole tree for a root principal) */
                jurisdictionId?: string;
                /** @description Report date (default: today, UTC) */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts by dimension */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkforceReport"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
            /** @description Rate limited */
            429: {
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
    getTargetsReport: {
        parameters: {
            query?: {
                /** @description Default: the caller's own org (the whole tree for a root principal) */
                jurisdictionId?: string;
                /** @description Report date (default: today, UTC) */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Targets with their progress */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetsReport"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
            /** @description Rate limited */
            429: {
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

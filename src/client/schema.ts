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
         * @description Ordered by start date. With `asOf`, only the records valid on that date. Restricted personal data. A veto (一票否决) needs the window it applies to (vetoFrom–vetoTo).
         *
         *     **Access:** `teachers.restricted.read` (bureau_admin, hr_clerk); records outside the caller's org subtree answer 404.
         */
        get: operations["listTeacherEthicsRecords"];
        put?: never;
        /**
         * Add a ethics record record
         * @description Restricted personal data. A veto (一票否决) needs the window it applies to (vetoFrom–vetoTo).
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

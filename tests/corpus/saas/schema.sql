-- A multi-tenant SaaS, modelled on the shape of Sentry's published Django models (sentry_user,
-- sentry_useremail, sentry_organization, sentry_organizationmember, sentry_auditlogentry): our own DDL with the
-- columns that matter here, one file for SQLite, PostgreSQL and MariaDB (PostgreSQL gets TIMESTAMP for
-- DATETIME). As in Sentry, an organization (the tenant, an "account") has members; a member row is either a
-- user's membership (user_id set) or a pending invitation (user_id NULL, the invitee's email typed by whoever
-- invited them), and inviter_id names the user who invited them. An audit entry names its actor (actor_id, and
-- actor_label, the actor's email at the time) and, for some events, the user it was about (target_user_id).
-- Unlike the blog corpus, every reference is a foreign key of the database.
CREATE TABLE sentry_user (
    id BIGINT NOT NULL PRIMARY KEY,
    username VARCHAR(128) NOT NULL,
    name VARCHAR(200),
    email VARCHAR(75),
    is_active INTEGER NOT NULL,
    date_joined DATETIME NOT NULL
);
CREATE TABLE sentry_useremail (
    id BIGINT NOT NULL PRIMARY KEY,
    user_id BIGINT NOT NULL,
    email VARCHAR(75) NOT NULL,
    is_verified INTEGER NOT NULL,
    FOREIGN KEY (user_id) REFERENCES sentry_user (id)
);
CREATE TABLE sentry_organization (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(64) NOT NULL,
    slug VARCHAR(50) NOT NULL,
    date_added DATETIME NOT NULL
);
CREATE TABLE sentry_organizationmember (
    id BIGINT NOT NULL PRIMARY KEY,
    organization_id BIGINT NOT NULL,
    user_id BIGINT,
    email VARCHAR(75),
    role VARCHAR(32) NOT NULL,
    inviter_id BIGINT,
    token VARCHAR(64),
    date_added DATETIME NOT NULL,
    FOREIGN KEY (organization_id) REFERENCES sentry_organization (id),
    FOREIGN KEY (user_id) REFERENCES sentry_user (id),
    FOREIGN KEY (inviter_id) REFERENCES sentry_user (id)
);
CREATE TABLE sentry_auditlogentry (
    id BIGINT NOT NULL PRIMARY KEY,
    organization_id BIGINT NOT NULL,
    actor_id BIGINT,
    actor_label VARCHAR(64),
    target_user_id BIGINT,
    target_object BIGINT,
    event INTEGER NOT NULL,
    ip_address VARCHAR(45),
    datetime DATETIME NOT NULL,
    FOREIGN KEY (organization_id) REFERENCES sentry_organization (id),
    FOREIGN KEY (actor_id) REFERENCES sentry_user (id),
    FOREIGN KEY (target_user_id) REFERENCES sentry_user (id)
);

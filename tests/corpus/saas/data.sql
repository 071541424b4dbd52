-- Fictional data of our own (example.* domains), written for tests/tst_corpus.cpp.
-- Subjects: Alice Novak (a user: two addresses, a member of Acme invited by Ada, invited to Globex by Carol and
-- not yet joined; she invited Bob, who joined, and Dave, who has not) and Erin (never registered: only Carol's
-- pending invitation, her address typed with capitals). Decoy: another Alice whose address differs by one
-- accent (a case- and accent-insensitive collation, MariaDB's default, calls them equal).
-- Bob's membership and Dave's invitation point at Alice (inviter_id) but are theirs, not hers.
-- Audit events: 1 member.invite, 2 member.add, 3 member.accept.
INSERT INTO sentry_user (id, username, name, email, is_active, date_joined) VALUES
 (1, 'ada', 'Ada Admin', 'ada@acme.example', 1, '2023-01-09 08:00:00'),
 (2, 'alice', 'Alice Novak', 'alice.novak@acme.example', 1, '2024-02-01 10:00:00'),
 (3, 'bob', 'Bob Stone', 'bob@acme.example', 1, '2024-05-03 11:30:00'),
 (4, 'carol', 'Carol Diaz', 'carol@globex.example', 1, '2023-06-12 09:15:00'),
 (5, 'anovak', 'Alice Novak', 'alíce.novak@acme.example', 1, '2024-07-19 16:45:00');
INSERT INTO sentry_useremail (id, user_id, email, is_verified) VALUES
 (1, 2, 'alice.novak@acme.example', 1),
 (2, 2, 'alice@novak.example', 0),
 (3, 3, 'bob@acme.example', 1),
 (4, 5, 'alíce.novak@acme.example', 1),
 (5, 1, 'ada@acme.example', 1);
INSERT INTO sentry_organization (id, name, slug, date_added) VALUES
 (1, 'Acme', 'acme', '2023-01-09 08:00:00'),
 (2, 'Globex', 'globex', '2023-06-12 09:15:00');
INSERT INTO sentry_organizationmember (id, organization_id, user_id, email, role, inviter_id, token, date_added) VALUES
 (1, 1, 1, NULL, 'owner', NULL, NULL, '2023-01-09 08:00:00'),
 (2, 1, 2, NULL, 'member', 1, NULL, '2024-02-01 10:00:00'),
 (3, 1, 3, NULL, 'member', 2, NULL, '2024-05-03 11:30:00'),
 (4, 1, NULL, 'dave@acme.example', 'member', 2, 'tok-4f1c0e', '2025-03-02 14:00:00'),
 (5, 2, 4, NULL, 'owner', NULL, NULL, '2023-06-12 09:15:00'),
 (6, 2, NULL, 'alice.novak@acme.example', 'admin', 4, 'tok-9a77b2', '2025-04-11 09:30:00'),
 (7, 2, NULL, 'Erin@Initech.example ', 'member', 4, 'tok-51d3aa', '2025-04-11 09:31:00'),
 (8, 1, 5, NULL, 'member', 1, NULL, '2024-07-19 16:45:00');
INSERT INTO sentry_auditlogentry (id, organization_id, actor_id, actor_label, target_user_id, target_object, event, ip_address, datetime) VALUES
 (1, 1, 1, 'ada@acme.example', 2, 2, 1, '198.51.100.7', '2024-01-31 17:00:00'),
 (2, 1, 2, 'alice.novak@acme.example', NULL, 2, 3, '203.0.113.5', '2024-02-01 10:00:00'),
 (3, 1, 2, 'alice.novak@acme.example', 3, 3, 1, '203.0.113.5', '2024-05-02 08:20:00'),
 (4, 1, 3, 'bob@acme.example', NULL, 3, 3, '203.0.113.77', '2024-05-03 11:30:00'),
 (5, 1, 2, 'alice.novak@acme.example', NULL, 4, 1, '203.0.113.5', '2025-03-02 14:00:00'),
 (6, 2, 4, 'carol@globex.example', NULL, 6, 1, '192.0.2.40', '2025-04-11 09:30:00'),
 (7, 2, 4, 'carol@globex.example', NULL, 7, 1, '192.0.2.40', '2025-04-11 09:31:00'),
 (8, 1, 5, 'alíce.novak@acme.example', NULL, 8, 3, '203.0.113.99', '2024-07-19 16:45:00'),
 (9, 1, 1, 'ada@acme.example', 5, 8, 2, '198.51.100.7', '2024-07-19 16:40:00');

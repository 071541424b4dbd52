-- Fictional data of our own (example.* domains), written for tests/tst_corpus.cpp.
-- Subjects: Alice Meyer (a registered reader who first commented as a guest, with her address typed in
-- another case and a trailing space), Bob (a guest only, bob_1987@mail.example, once typed in capitals) and
-- Dana (one guest comment, a reply to Alice's). Decoys: alice.meyer@example.com (another Alice, registered
-- too), bobx1987@mail.example (matches Bob's address as a LIKE pattern, where _ is any character),
-- malice.meyer@example.org (holds Alice's address inside it). Carol and the editor reply to the subjects'
-- comments: a reply points at a subject's comment but is its writer's, not the subject's.
INSERT INTO wp_users (id, user_login, user_pass, user_nicename, user_email, user_url, user_registered, display_name) VALUES
 (1, 'editor', '$P$BexampleHashEditor0000000000000', 'editor', 'editor@blog.example', 'https://blog.example', '2024-01-02 09:00:00', 'The Editor'),
 (2, 'alicem', '$P$BexampleHashAlice00000000000000', 'alicem', 'alice.meyer@example.org', NULL, '2025-03-10 18:22:05', 'Alice Meyer'),
 (3, 'ameyer', '$P$BexampleHashOtherAlice000000000', 'ameyer', 'alice.meyer@example.com', 'https://ameyer.example', '2025-04-01 07:45:00', 'Alice Meyer'),
 (4, 'carol', '$P$BexampleHashCarol00000000000000', 'carol', 'carol@example.net', NULL, '2024-11-20 12:00:00', 'Carol');
INSERT INTO wp_usermeta (umeta_id, user_id, meta_key, meta_value) VALUES
 (1, 1, 'nickname', 'editor'),
 (2, 1, 'wp_capabilities', 'a:1:{s:6:"editor";b:1;}'),
 (3, 2, 'nickname', 'alicem'),
 (4, 2, 'first_name', 'Alice'),
 (5, 2, 'last_name', 'Meyer'),
 (6, 2, 'wp_capabilities', 'a:1:{s:10:"subscriber";b:1;}'),
 (7, 3, 'nickname', 'ameyer'),
 (8, 3, 'first_name', 'Alice'),
 (9, 3, 'last_name', 'Meyer'),
 (10, 4, 'nickname', 'carol'),
 (11, 4, 'first_name', 'Carol');
INSERT INTO wp_posts (id, post_author, post_date, post_title, post_content, post_status, comment_count) VALUES
 (1, 1, '2025-01-05 10:00:00', 'Hello world', 'The first post.', 'publish', 6),
 (2, 1, '2025-02-14 10:00:00', 'Winter recipes', 'Soup, mostly.', 'publish', 3),
 (3, 1, '2025-05-01 10:00:00', 'Garden notes', 'Tomatoes again.', 'publish', 3),
 (4, 1, '2025-06-21 10:00:00', 'Midsummer', 'A short post.', 'publish', 3),
 (5, 1, '2025-07-01 10:00:00', 'Draft', 'Not yet.', 'draft', 0);
INSERT INTO wp_comments (comment_id, comment_post_id, comment_author, comment_author_email, comment_author_url, comment_author_ip, comment_date, comment_content, comment_approved, comment_agent, comment_parent, user_id) VALUES
 (1, 1, 'Alice Meyer', 'alice.meyer@example.org', NULL, '203.0.113.7', '2025-03-11 08:00:00', 'Lovely first post!', '1', 'Mozilla/5.0 (X11; Linux x86_64)', 0, 2),
 (2, 1, 'Carol', 'carol@example.net', NULL, '198.51.100.4', '2025-03-11 09:30:00', 'Agreed with Alice.', '1', 'Mozilla/5.0 (Macintosh)', 1, 4),
 (3, 1, 'Bob', 'bob_1987@mail.example', 'https://bob.example', '192.0.2.10', '2025-01-06 20:00:00', 'First!', '1', 'Mozilla/5.0 (Windows NT 10.0)', 0, 0),
 (4, 2, 'Alice Meyer', 'alice.meyer@example.org', NULL, '203.0.113.7', '2025-03-12 19:10:00', 'Which soup do you like best?', '1', 'Mozilla/5.0 (X11; Linux x86_64)', 0, 2),
 (5, 1, 'Alice Meyer', 'alice.meyer@example.com', 'https://ameyer.example', '198.51.100.77', '2025-04-02 07:50:00', 'Hello from the other Alice.', '1', 'Mozilla/5.0 (iPhone)', 0, 3),
 (6, 2, 'Bob', 'bob_1987@mail.example', 'https://bob.example', '192.0.2.10', '2025-02-15 21:00:00', 'Pea soup.', '1', 'Mozilla/5.0 (Windows NT 10.0)', 0, 0),
 (7, 2, 'Bobby', 'bobx1987@mail.example', NULL, '192.0.2.99', '2025-02-16 06:00:00', 'Lentils.', '1', 'Mozilla/5.0 (Android)', 0, 0),
 (8, 3, 'Dana', 'dana@example.org', NULL, '198.51.100.23', '2025-05-03 13:00:00', 'Replying to Alice: tomato soup.', '1', 'Mozilla/5.0 (X11; Fedora)', 4, 0),
 (9, 3, 'alice', 'Alice.Meyer@Example.org ', NULL, '203.0.113.99', '2025-02-20 17:00:00', 'Posted before I registered.', '1', 'Mozilla/5.0 (X11; Linux x86_64)', 0, 0),
 (10, 4, 'BOB', 'BOB_1987@MAIL.EXAMPLE', NULL, '192.0.2.11', '2025-06-22 22:00:00', 'CAPS LOCK, sorry.', '1', 'Mozilla/5.0 (Windows NT 10.0)', 0, 0),
 (11, 4, 'Carol', 'carol@example.net', NULL, '198.51.100.4', '2025-06-23 08:00:00', 'Happy midsummer.', '1', 'Mozilla/5.0 (Macintosh)', 0, 4),
 (12, 1, 'The Editor', 'editor@blog.example', 'https://blog.example', '203.0.113.1', '2025-01-07 09:00:00', 'Thanks, Bob.', '1', 'Mozilla/5.0 (X11; Linux x86_64)', 3, 1),
 (13, 1, 'Mal', 'malice.meyer@example.org', NULL, '192.0.2.66', '2025-03-13 10:00:00', 'Not Alice.', '1', 'Mozilla/5.0 (Android)', 0, 0),
 (14, 3, 'The Editor', 'editor@blog.example', 'https://blog.example', '203.0.113.1', '2025-05-04 09:00:00', 'Thanks, Dana.', '1', 'Mozilla/5.0 (X11; Linux x86_64)', 8, 1),
 (15, 4, 'Carol', 'carol@example.net', NULL, '198.51.100.4', '2025-06-24 08:00:00', 'Hi Bob.', '1', 'Mozilla/5.0 (Macintosh)', 10, 4);

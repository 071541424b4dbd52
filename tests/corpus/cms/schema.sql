-- A blog's comments, modelled on WordPress's published schema (wp_users, wp_usermeta, wp_posts, wp_comments,
-- https://codex.wordpress.org/Database_Description): our own DDL, with the columns that matter here, names
-- lower-cased so one file serves SQLite, PostgreSQL and MariaDB (PostgreSQL gets TIMESTAMP for DATETIME).
-- Like WordPress, it declares NO foreign keys: wp_comments.user_id, comment_post_id and comment_parent,
-- wp_posts.post_author and wp_usermeta.user_id are plain integers the application keeps consistent. A guest's
-- comment carries only the email the commenter typed (any case, sometimes with stray spaces).
CREATE TABLE wp_users (
    id BIGINT NOT NULL PRIMARY KEY,
    user_login VARCHAR(60) NOT NULL,
    user_pass VARCHAR(255) NOT NULL,
    user_nicename VARCHAR(50) NOT NULL,
    user_email VARCHAR(100) NOT NULL,
    user_url VARCHAR(100),
    user_registered DATETIME NOT NULL,
    display_name VARCHAR(250) NOT NULL
);
CREATE TABLE wp_usermeta (
    umeta_id BIGINT NOT NULL PRIMARY KEY,
    user_id BIGINT NOT NULL,
    meta_key VARCHAR(255),
    meta_value TEXT
);
CREATE TABLE wp_posts (
    id BIGINT NOT NULL PRIMARY KEY,
    post_author BIGINT NOT NULL,
    post_date DATETIME NOT NULL,
    post_title TEXT NOT NULL,
    post_content TEXT NOT NULL,
    post_status VARCHAR(20) NOT NULL,
    comment_count BIGINT NOT NULL
);
CREATE TABLE wp_comments (
    comment_id BIGINT NOT NULL PRIMARY KEY,
    comment_post_id BIGINT NOT NULL,
    comment_author TEXT NOT NULL,
    comment_author_email VARCHAR(100),
    comment_author_url VARCHAR(200),
    comment_author_ip VARCHAR(100),
    comment_date DATETIME NOT NULL,
    comment_content TEXT NOT NULL,
    comment_approved VARCHAR(20) NOT NULL,
    comment_agent VARCHAR(255),
    comment_parent BIGINT NOT NULL,
    user_id BIGINT
);

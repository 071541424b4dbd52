-- The tables of schema.sql on PostgreSQL (see there), the way Pagila lays them out there: every table in
-- schema "dvd" (not public), payments split into monthly declarative partitions of one partitioned table,
-- and late fees in the older style, a parent table with inheritance children per year that rules fill (as
-- Pagila's payments were before PostgreSQL 10). Foreign keys are not inherited: each child declares its own,
-- and its own primary key. The staff/store loop is loaded with store's key to staff checked at COMMIT.
CREATE SCHEMA dvd;
SET search_path TO dvd;
CREATE TABLE country (
    country_id INTEGER NOT NULL PRIMARY KEY,
    country VARCHAR(50) NOT NULL
);
CREATE TABLE city (
    city_id INTEGER NOT NULL PRIMARY KEY,
    city VARCHAR(50) NOT NULL,
    country_id INTEGER NOT NULL REFERENCES country (country_id)
);
CREATE TABLE address (
    address_id INTEGER NOT NULL PRIMARY KEY,
    address VARCHAR(50) NOT NULL,
    district VARCHAR(20) NOT NULL,
    city_id INTEGER NOT NULL REFERENCES city (city_id),
    postal_code VARCHAR(10),
    phone VARCHAR(20) NOT NULL
);
CREATE TABLE store (
    store_id INTEGER NOT NULL PRIMARY KEY,
    manager_staff_id INTEGER NOT NULL,
    address_id INTEGER NOT NULL REFERENCES address (address_id)
);
CREATE TABLE staff (
    staff_id INTEGER NOT NULL PRIMARY KEY,
    first_name VARCHAR(45) NOT NULL,
    last_name VARCHAR(45) NOT NULL,
    address_id INTEGER NOT NULL REFERENCES address (address_id),
    email VARCHAR(50),
    store_id INTEGER NOT NULL REFERENCES store (store_id),
    username VARCHAR(16) NOT NULL
);
ALTER TABLE store ADD CONSTRAINT store_manager_staff_id_fkey FOREIGN KEY (manager_staff_id)
    REFERENCES staff (staff_id) DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE customer (
    customer_id INTEGER NOT NULL PRIMARY KEY,
    store_id INTEGER NOT NULL REFERENCES store (store_id),
    first_name VARCHAR(45) NOT NULL,
    last_name VARCHAR(45) NOT NULL,
    email VARCHAR(50),
    address_id INTEGER NOT NULL REFERENCES address (address_id),
    active INTEGER NOT NULL,
    create_date DATE NOT NULL
);
CREATE TABLE film (
    film_id INTEGER NOT NULL PRIMARY KEY,
    title VARCHAR(255) NOT NULL,
    rental_rate NUMERIC(4,2) NOT NULL
);
CREATE TABLE inventory (
    inventory_id INTEGER NOT NULL PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES film (film_id),
    store_id INTEGER NOT NULL REFERENCES store (store_id)
);
CREATE TABLE rental (
    rental_id INTEGER NOT NULL PRIMARY KEY,
    rental_date TIMESTAMP NOT NULL,
    inventory_id INTEGER NOT NULL REFERENCES inventory (inventory_id),
    customer_id INTEGER NOT NULL REFERENCES customer (customer_id),
    return_date TIMESTAMP,
    staff_id INTEGER NOT NULL REFERENCES staff (staff_id)
);
-- A partitioned table's primary key must hold the partition key, as Pagila's does.
CREATE TABLE payment (
    payment_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customer (customer_id),
    staff_id INTEGER NOT NULL REFERENCES staff (staff_id),
    rental_id INTEGER NOT NULL REFERENCES rental (rental_id),
    amount NUMERIC(5,2) NOT NULL,
    payment_date TIMESTAMP NOT NULL,
    PRIMARY KEY (payment_date, payment_id)
) PARTITION BY RANGE (payment_date);
CREATE TABLE payment_p2025_12 PARTITION OF payment FOR VALUES FROM ('2025-12-01') TO ('2026-01-01');
CREATE TABLE payment_p2026_01 PARTITION OF payment FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE payment_p2026_02 PARTITION OF payment FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
CREATE TABLE payment_p2026_03 PARTITION OF payment FOR VALUES FROM ('2026-03-01') TO ('2026-04-01');
CREATE TABLE late_fee (
    late_fee_id INTEGER NOT NULL PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (customer_id),
    rental_id INTEGER NOT NULL REFERENCES rental (rental_id),
    amount NUMERIC(5,2) NOT NULL,
    charged_on DATE NOT NULL
);
CREATE TABLE late_fee_2025 (
    PRIMARY KEY (late_fee_id),
    FOREIGN KEY (customer_id) REFERENCES customer (customer_id),
    FOREIGN KEY (rental_id) REFERENCES rental (rental_id),
    CHECK (charged_on >= DATE '2025-01-01' AND charged_on < DATE '2026-01-01')
) INHERITS (late_fee);
CREATE TABLE late_fee_2026 (
    PRIMARY KEY (late_fee_id),
    FOREIGN KEY (customer_id) REFERENCES customer (customer_id),
    FOREIGN KEY (rental_id) REFERENCES rental (rental_id),
    CHECK (charged_on >= DATE '2026-01-01' AND charged_on < DATE '2027-01-01')
) INHERITS (late_fee);
CREATE RULE late_fee_insert_2025 AS ON INSERT TO late_fee
    WHERE (NEW.charged_on >= DATE '2025-01-01' AND NEW.charged_on < DATE '2026-01-01')
    DO INSTEAD INSERT INTO late_fee_2025 VALUES (NEW.*);
CREATE RULE late_fee_insert_2026 AS ON INSERT TO late_fee
    WHERE (NEW.charged_on >= DATE '2026-01-01' AND NEW.charged_on < DATE '2027-01-01')
    DO INSTEAD INSERT INTO late_fee_2026 VALUES (NEW.*);

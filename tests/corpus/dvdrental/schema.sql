-- A DVD rental shop, modelled on the shape of the public Sakila / Pagila sample (its published table
-- layout: country, city, address, store, staff, customer, film, inventory, rental, payment): our own DDL with
-- the columns that matter here. This file is the SQLite form, and schema.mariadb.sql and schema.postgres.sql are
-- the same tables on those engines (PostgreSQL: in schema "dvd", payments in monthly declarative partitions,
-- late fees in inheritance children). data.sql is shared by all three.
-- Staff and stores point at each other, both NOT NULL: a member of staff works at a store
-- (staff.store_id), and a store is managed by a member of staff (store.manager_staff_id). The loop is loaded
-- with that one foreign key checked at COMMIT.
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
    manager_staff_id INTEGER NOT NULL REFERENCES staff (staff_id) DEFERRABLE INITIALLY DEFERRED,
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
    rental_rate DECIMAL(4,2) NOT NULL
);
CREATE TABLE inventory (
    inventory_id INTEGER NOT NULL PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES film (film_id),
    store_id INTEGER NOT NULL REFERENCES store (store_id)
);
CREATE TABLE rental (
    rental_id INTEGER NOT NULL PRIMARY KEY,
    rental_date DATETIME NOT NULL,
    inventory_id INTEGER NOT NULL REFERENCES inventory (inventory_id),
    customer_id INTEGER NOT NULL REFERENCES customer (customer_id),
    return_date DATETIME,
    staff_id INTEGER NOT NULL REFERENCES staff (staff_id)
);
CREATE TABLE payment (
    payment_id INTEGER NOT NULL PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (customer_id),
    staff_id INTEGER NOT NULL REFERENCES staff (staff_id),
    rental_id INTEGER NOT NULL REFERENCES rental (rental_id),
    amount DECIMAL(5,2) NOT NULL,
    payment_date DATETIME NOT NULL
);
CREATE TABLE late_fee (
    late_fee_id INTEGER NOT NULL PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (customer_id),
    rental_id INTEGER NOT NULL REFERENCES rental (rental_id),
    amount DECIMAL(5,2) NOT NULL,
    charged_on DATE NOT NULL
);

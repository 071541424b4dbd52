-- The tables of schema.sql on MariaDB (see there): each foreign key as a table constraint, since MariaDB
-- ignores REFERENCES written on a column. MariaDB checks no foreign key at COMMIT, so the staff/store loop
-- is loaded as mysqldump loads one: with the checks off for this session only (Lethe's own connections check
-- them).
SET FOREIGN_KEY_CHECKS = 0;
CREATE TABLE country (
    country_id INTEGER NOT NULL PRIMARY KEY,
    country VARCHAR(50) NOT NULL
);
CREATE TABLE city (
    city_id INTEGER NOT NULL PRIMARY KEY,
    city VARCHAR(50) NOT NULL,
    country_id INTEGER NOT NULL,
    FOREIGN KEY (country_id) REFERENCES country (country_id)
);
CREATE TABLE address (
    address_id INTEGER NOT NULL PRIMARY KEY,
    address VARCHAR(50) NOT NULL,
    district VARCHAR(20) NOT NULL,
    city_id INTEGER NOT NULL,
    postal_code VARCHAR(10),
    phone VARCHAR(20) NOT NULL,
    FOREIGN KEY (city_id) REFERENCES city (city_id)
);
CREATE TABLE store (
    store_id INTEGER NOT NULL PRIMARY KEY,
    manager_staff_id INTEGER NOT NULL,
    address_id INTEGER NOT NULL,
    FOREIGN KEY (manager_staff_id) REFERENCES staff (staff_id),
    FOREIGN KEY (address_id) REFERENCES address (address_id)
);
CREATE TABLE staff (
    staff_id INTEGER NOT NULL PRIMARY KEY,
    first_name VARCHAR(45) NOT NULL,
    last_name VARCHAR(45) NOT NULL,
    address_id INTEGER NOT NULL,
    email VARCHAR(50),
    store_id INTEGER NOT NULL,
    username VARCHAR(16) NOT NULL,
    FOREIGN KEY (address_id) REFERENCES address (address_id),
    FOREIGN KEY (store_id) REFERENCES store (store_id)
);
CREATE TABLE customer (
    customer_id INTEGER NOT NULL PRIMARY KEY,
    store_id INTEGER NOT NULL,
    first_name VARCHAR(45) NOT NULL,
    last_name VARCHAR(45) NOT NULL,
    email VARCHAR(50),
    address_id INTEGER NOT NULL,
    active INTEGER NOT NULL,
    create_date DATE NOT NULL,
    FOREIGN KEY (store_id) REFERENCES store (store_id),
    FOREIGN KEY (address_id) REFERENCES address (address_id)
);
CREATE TABLE film (
    film_id INTEGER NOT NULL PRIMARY KEY,
    title VARCHAR(255) NOT NULL,
    rental_rate DECIMAL(4,2) NOT NULL
);
CREATE TABLE inventory (
    inventory_id INTEGER NOT NULL PRIMARY KEY,
    film_id INTEGER NOT NULL,
    store_id INTEGER NOT NULL,
    FOREIGN KEY (film_id) REFERENCES film (film_id),
    FOREIGN KEY (store_id) REFERENCES store (store_id)
);
CREATE TABLE rental (
    rental_id INTEGER NOT NULL PRIMARY KEY,
    rental_date DATETIME NOT NULL,
    inventory_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    return_date DATETIME,
    staff_id INTEGER NOT NULL,
    FOREIGN KEY (inventory_id) REFERENCES inventory (inventory_id),
    FOREIGN KEY (customer_id) REFERENCES customer (customer_id),
    FOREIGN KEY (staff_id) REFERENCES staff (staff_id)
);
CREATE TABLE payment (
    payment_id INTEGER NOT NULL PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    staff_id INTEGER NOT NULL,
    rental_id INTEGER NOT NULL,
    amount DECIMAL(5,2) NOT NULL,
    payment_date DATETIME NOT NULL,
    FOREIGN KEY (customer_id) REFERENCES customer (customer_id),
    FOREIGN KEY (staff_id) REFERENCES staff (staff_id),
    FOREIGN KEY (rental_id) REFERENCES rental (rental_id)
);
CREATE TABLE late_fee (
    late_fee_id INTEGER NOT NULL PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    rental_id INTEGER NOT NULL,
    amount DECIMAL(5,2) NOT NULL,
    charged_on DATE NOT NULL,
    FOREIGN KEY (customer_id) REFERENCES customer (customer_id),
    FOREIGN KEY (rental_id) REFERENCES rental (rental_id)
);

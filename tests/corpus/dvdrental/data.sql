-- Fictional data of our own (example.* domains), written for tests/tst_corpus.cpp, the same on every engine.
-- Two stores, each managed by the member of staff who works there (staff.store_id and store.manager_staff_id
-- point at each other).
-- Subjects: Mary Smith (customer 1) lives at address 5 with John Smith (customer 2), who rents from the same
-- store and once rented the same copy as she did. Three rentals (one not yet returned), four payments in three
-- monthly partitions, late fees in both inheritance children. Linda Williams (customer 3, her email with an
-- underscore): two rentals handled by Jon (staff 2, who manages store 2), each paid, one late fee.
-- Decoys: Linda Walker, whose email differs by the one character that LIKE's "_" matches (customer 4), and
-- Mary Smithson, whose email starts with Mary's (customer 5). Each rents and pays too.
INSERT INTO country (country_id, country) VALUES
 (1, 'Examplia'),
 (2, 'Samplestan');
INSERT INTO city (city_id, city, country_id) VALUES
 (1, 'Northtown', 1),
 (2, 'Southport', 1),
 (3, 'Eastford', 2);
INSERT INTO address (address_id, address, district, city_id, postal_code, phone) VALUES
 (1, '1 Market Square', 'Centre', 1, '10001', '+15550100001'),
 (2, '2 Harbour Road', 'Docks', 2, '20002', '+15550100002'),
 (3, '14 Elm Street', 'Centre', 1, '10014', '+15550100003'),
 (4, '7 Pier Lane', 'Docks', 2, '20007', '+15550100004'),
 (5, '23 Oak Avenue', 'Hillside', 1, '10023', '+15550100005'),
 (6, '9 Birch Close', 'Riverside', 2, '20009', '+15550100006'),
 (7, '41 Cedar Road', 'Riverside', 2, '20041', '+15550100007'),
 (8, '5 Maple Court', 'Old Town', 3, '30005', '+15550100008');
INSERT INTO store (store_id, manager_staff_id, address_id) VALUES
 (1, 1, 1),
 (2, 2, 2);
INSERT INTO staff (staff_id, first_name, last_name, address_id, email, store_id, username) VALUES
 (1, 'Mike', 'Hillyer', 3, 'mike@dvd.example', 1, 'mike'),
 (2, 'Jon', 'Stephens', 4, 'jon@dvd.example', 2, 'jon');
INSERT INTO customer (customer_id, store_id, first_name, last_name, email, address_id, active, create_date) VALUES
 (1, 1, 'Mary', 'Smith', 'mary.smith@example.net', 5, 1, '2025-11-02'),
 (2, 1, 'John', 'Smith', 'john.smith@example.net', 5, 1, '2025-11-02'),
 (3, 2, 'Linda', 'Williams', 'linda_w@example.org', 6, 1, '2025-12-01'),
 (4, 2, 'Linda', 'Walker', 'linda.w@example.org', 7, 1, '2025-12-03'),
 (5, 1, 'Mary', 'Smithson', 'mary.smith@example.network', 8, 1, '2026-01-20');
INSERT INTO film (film_id, title, rental_rate) VALUES
 (1, 'Academy Dinosaur', 0.99),
 (2, 'Ace Goldfinger', 4.99),
 (3, 'Adaptation Holes', 2.99),
 (4, 'Affair Prejudice', 2.99);
INSERT INTO inventory (inventory_id, film_id, store_id) VALUES
 (1, 1, 1),
 (2, 2, 1),
 (3, 3, 1),
 (4, 1, 2),
 (5, 4, 2),
 (6, 3, 1);
INSERT INTO rental (rental_id, rental_date, inventory_id, customer_id, return_date, staff_id) VALUES
 (1, '2025-12-20 18:04:00', 1, 1, '2025-12-23 10:12:00', 1),
 (2, '2026-01-05 17:30:00', 2, 1, '2026-01-12 11:00:00', 1),
 (3, '2026-02-10 19:45:00', 3, 1, NULL, 1),
 (4, '2026-01-07 12:00:00', 4, 3, '2026-01-09 09:30:00', 2),
 (5, '2026-03-02 16:20:00', 5, 3, '2026-03-20 15:05:00', 2),
 (6, '2026-01-15 20:10:00', 2, 2, '2026-01-18 10:40:00', 1),
 (7, '2026-02-01 13:00:00', 4, 4, '2026-02-03 13:15:00', 2),
 (8, '2026-02-11 18:00:00', 6, 5, NULL, 1);
INSERT INTO payment (payment_id, customer_id, staff_id, rental_id, amount, payment_date) VALUES
 (1, 1, 1, 1, 2.99, '2025-12-23 10:12:00'),
 (2, 1, 1, 2, 4.99, '2026-01-12 11:00:00'),
 (3, 1, 1, 2, 1.00, '2026-02-01 09:00:00'),
 (4, 3, 2, 4, 0.99, '2026-01-09 09:30:00'),
 (5, 3, 2, 5, 3.99, '2026-03-20 15:05:00'),
 (6, 2, 1, 6, 4.99, '2026-01-18 10:40:00'),
 (7, 4, 2, 7, 0.99, '2026-02-03 13:15:00'),
 (8, 1, 1, 3, 2.99, '2026-02-10 19:45:00'),
 (9, 5, 1, 8, 2.99, '2026-02-11 18:00:00');
INSERT INTO late_fee (late_fee_id, customer_id, rental_id, amount, charged_on) VALUES
 (1, 1, 1, 1.50, '2025-12-23'),
 (2, 1, 2, 3.00, '2026-01-12'),
 (3, 3, 5, 2.00, '2026-03-20'),
 (4, 4, 7, 1.00, '2026-02-03');

-- Data providers whose data reach the cycle through the Reitox focal point (Sciensano) rather than directly
-- (strategy 2024–2025, information system: DJSOC, NICC, FAGG and Customs). Set from the directory file at start-up.

alter table directory_group add column delivers_via varchar(64);

-- Why a pair has no meeting, in French too (the timetable's reasons follow the reader's language).
ALTER TABLE unscheduled_pairs ADD COLUMN reason_fr VARCHAR(1000);

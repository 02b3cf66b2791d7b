-- The notes list's default order (newest first) for callers who see many reps' notes.
create index sales_notes_date_idx on sales_notes (note_date desc, note_id desc);

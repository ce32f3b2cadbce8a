-- An auto-reply or a bounce keeps the whole mail as received (raw), beside its text: when the signs were wrong (a
-- tip read as a bounce), the operator re-files it as a tip and nothing of it was lost. Tips leave it NULL: their
-- text, photos and listed attachments are what they hold.
ALTER TABLE reply ADD COLUMN raw ${binary};

//! Numbered schema migrations, tracked in `PRAGMA user_version`.
//!
//! Migration N takes a database at version N−1 to N. They only ever append:
//! a released migration is never edited, so every older database upgrades
//! along the same path.

/// `PRAGMA application_id` of a LiveLedger database ("LLED").
pub const APPLICATION_ID: i64 = 0x4C4C_4544;

/// The SQL of each migration; index 0 is migration 1.
pub const MIGRATIONS: &[&str] = &[
    // 1: the ledger.
    r#"
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE rates (
        id INTEGER PRIMARY KEY,
        effective_from TEXT NOT NULL UNIQUE,
        diamonds_per_coin TEXT NOT NULL,
        money_per_diamond TEXT NOT NULL,
        currency TEXT NOT NULL,
        min_withdrawal TEXT NOT NULL,
        max_withdrawal_per_day TEXT
    );
    CREATE TABLE gift_catalog (
        name TEXT PRIMARY KEY COLLATE NOCASE,
        coins INTEGER NOT NULL CHECK (coins >= 0),
        image TEXT
    );
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        started_at INTEGER NOT NULL,
        ended_at INTEGER CHECK (ended_at IS NULL OR ended_at >= started_at),
        title TEXT NOT NULL DEFAULT '',
        peak_viewers INTEGER,
        unique_viewers INTEGER,
        likes INTEGER,
        new_followers INTEGER,
        notes TEXT NOT NULL DEFAULT '',
        reported_diamonds TEXT NOT NULL DEFAULT '0',
        coins_total INTEGER NOT NULL DEFAULT 0,
        gift_count INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX sessions_by_start ON sessions(started_at);
    CREATE TABLE gifts (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        at INTEGER,
        gift_name TEXT NOT NULL,
        coins_each INTEGER NOT NULL CHECK (coins_each >= 0),
        count INTEGER NOT NULL CHECK (count > 0),
        sender TEXT
    );
    CREATE INDEX gifts_by_session ON gifts(session_id);
    CREATE TABLE withdrawals (
        id INTEGER PRIMARY KEY,
        requested_at INTEGER NOT NULL,
        diamonds TEXT NOT NULL,
        gross TEXT NOT NULL,
        fee TEXT NOT NULL,
        net TEXT NOT NULL,
        method TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'failed', 'cancelled')),
        reference TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE adjustments (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        diamonds TEXT NOT NULL,
        reason TEXT NOT NULL
    );
    "#,
    // 2: imports that can be undone, and fingerprints that make re-import idempotent.
    r#"
    CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        format TEXT NOT NULL,
        imported_at INTEGER NOT NULL,
        rows_added INTEGER NOT NULL,
        rows_skipped INTEGER NOT NULL,
        sessions_added INTEGER NOT NULL
    );
    ALTER TABLE sessions ADD COLUMN import_id INTEGER REFERENCES imports(id);
    ALTER TABLE sessions ADD COLUMN fingerprint INTEGER;
    CREATE UNIQUE INDEX sessions_by_fingerprint ON sessions(fingerprint) WHERE fingerprint IS NOT NULL;
    ALTER TABLE gifts ADD COLUMN import_id INTEGER REFERENCES imports(id);
    ALTER TABLE gifts ADD COLUMN fingerprint INTEGER;
    -- Keyed by time first: imports arrive in time order, so this index is
    -- appended to instead of split at random places (a third faster for a
    -- million rows); the full 64-bit fingerprint keeps keys apart.
    CREATE UNIQUE INDEX gifts_by_fingerprint ON gifts(coalesce(at, -1), fingerprint) WHERE fingerprint IS NOT NULL;
    ALTER TABLE withdrawals ADD COLUMN import_id INTEGER REFERENCES imports(id);
    ALTER TABLE withdrawals ADD COLUMN fingerprint INTEGER;
    CREATE UNIQUE INDEX withdrawals_by_fingerprint ON withdrawals(fingerprint) WHERE fingerprint IS NOT NULL;
    ALTER TABLE adjustments ADD COLUMN import_id INTEGER REFERENCES imports(id);
    ALTER TABLE adjustments ADD COLUMN fingerprint INTEGER;
    CREATE UNIQUE INDEX adjustments_by_fingerprint ON adjustments(fingerprint) WHERE fingerprint IS NOT NULL;
    CREATE TABLE import_mappings (name TEXT PRIMARY KEY, mapping TEXT NOT NULL) WITHOUT ROWID;
    "#,
    // 3: totals per gift name and per sender, kept with every gift write, so
    // top lists never scan the gifts table.
    r#"
    CREATE TABLE name_totals (
        kind TEXT NOT NULL CHECK (kind IN ('gift', 'sender')),
        name TEXT NOT NULL,
        gifts INTEGER NOT NULL,
        coins INTEGER NOT NULL,
        PRIMARY KEY (kind, name)
    ) WITHOUT ROWID;
    CREATE INDEX name_totals_by_coins ON name_totals(kind, coins);
    INSERT INTO name_totals (kind, name, gifts, coins)
        SELECT 'gift', gift_name, sum(count), sum(coins_each * count) FROM gifts GROUP BY gift_name;
    INSERT INTO name_totals (kind, name, gifts, coins)
        SELECT 'sender', sender, sum(count), sum(coins_each * count) FROM gifts WHERE sender IS NOT NULL GROUP BY sender;
    "#,
    // 4: a session keeps the rate it was recorded with (a later rate or a new
    // time zone never reprices it), and a withdrawal keeps its currency. The
    // columns are filled from the rates by `rating::freeze` right after.
    r#"
    ALTER TABLE sessions ADD COLUMN rate_id INTEGER;
    ALTER TABLE sessions ADD COLUMN rate_from TEXT;
    ALTER TABLE sessions ADD COLUMN diamonds_per_coin TEXT;
    ALTER TABLE sessions ADD COLUMN money_per_diamond TEXT;
    ALTER TABLE sessions ADD COLUMN currency TEXT;
    ALTER TABLE withdrawals ADD COLUMN currency TEXT;
    "#,
    // 5: a gift-event log imported while it still grows. A streak cut by the
    // end of an earlier file is stored as an estimated row under the streak's
    // identity (when its first event came, and a fingerprint of sender, gift
    // and that time); a later file that shows more of it updates that row.
    // What the update replaced, and the session spans an import widened, are
    // kept so that undoing the import puts them back. Warnings of an import
    // (streaks that never ended) are kept with it.
    r#"
    ALTER TABLE gifts ADD COLUMN estimated INTEGER NOT NULL DEFAULT 0 CHECK (estimated IN (0, 1));
    ALTER TABLE gifts ADD COLUMN streak_at INTEGER;
    ALTER TABLE gifts ADD COLUMN streak INTEGER;
    -- Keyed by time first, like gifts_by_fingerprint, so imports append to it.
    CREATE UNIQUE INDEX gifts_by_streak ON gifts(streak_at, streak) WHERE streak IS NOT NULL;
    -- The few rows a later import may update, read once per import.
    CREATE INDEX gifts_estimated ON gifts(streak_at, streak) WHERE estimated = 1;
    ALTER TABLE imports ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE imports ADD COLUMN streaks_updated INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE gift_revisions (
        import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        gift_id INTEGER NOT NULL REFERENCES gifts(id) ON DELETE CASCADE,
        prev_import_id INTEGER,
        at INTEGER,
        gift_name TEXT NOT NULL,
        coins_each INTEGER NOT NULL,
        count INTEGER NOT NULL,
        sender TEXT,
        fingerprint INTEGER,
        estimated INTEGER NOT NULL,
        PRIMARY KEY (import_id, gift_id)
    ) WITHOUT ROWID;
    CREATE INDEX gift_revisions_by_gift ON gift_revisions(gift_id);
    CREATE INDEX gift_revisions_by_prev ON gift_revisions(prev_import_id);
    CREATE TABLE session_spans (
        import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        PRIMARY KEY (import_id, session_id)
    ) WITHOUT ROWID;
    CREATE INDEX session_spans_by_session ON session_spans(session_id);
    "#,
    // 6: live capture. Where each source stopped (a followed file's offset),
    // the events already taken (a replay adds nothing), how often each
    // gift-event fingerprint was seen (so rows get the fingerprints an import
    // of the same log gives them), streaks still running, and gifts written
    // from a streak whose end never came (flagged).
    r#"
    CREATE TABLE capture_sources (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('ws', 'file')),
        address TEXT NOT NULL,
        file_offset INTEGER NOT NULL DEFAULT 0 CHECK (file_offset >= 0),
        file_head INTEGER,
        UNIQUE (kind, address)
    );
    CREATE TABLE capture_events (
        source_id INTEGER NOT NULL REFERENCES capture_sources(id) ON DELETE CASCADE,
        event_key INTEGER NOT NULL,
        PRIMARY KEY (source_id, event_key)
    ) WITHOUT ROWID;
    CREATE TABLE capture_occurrences (
        source_id INTEGER NOT NULL REFERENCES capture_sources(id) ON DELETE CASCADE,
        base INTEGER NOT NULL,
        n INTEGER NOT NULL CHECK (n > 0),
        PRIMARY KEY (source_id, base)
    ) WITHOUT ROWID;
    CREATE TABLE capture_pending (
        source_id INTEGER NOT NULL REFERENCES capture_sources(id) ON DELETE CASCADE,
        streak_sender TEXT NOT NULL,
        streak_gift TEXT NOT NULL,
        gift_name TEXT NOT NULL,
        coins_each INTEGER NOT NULL CHECK (coins_each >= 0),
        count INTEGER NOT NULL CHECK (count > 0),
        at INTEGER NOT NULL,
        fingerprint INTEGER NOT NULL,
        sender TEXT,
        resumes_gift INTEGER REFERENCES gifts(id) ON DELETE SET NULL,
        dropped INTEGER NOT NULL DEFAULT 0 CHECK (dropped IN (0, 1)),
        PRIMARY KEY (source_id, streak_sender, streak_gift)
    ) WITHOUT ROWID;
    CREATE TABLE capture_flags (
        gift_id INTEGER PRIMARY KEY REFERENCES gifts(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES capture_sources(id) ON DELETE CASCADE,
        streak_sender TEXT NOT NULL,
        streak_gift TEXT NOT NULL,
        resumable INTEGER NOT NULL DEFAULT 1 CHECK (resumable IN (0, 1))
    );
    CREATE INDEX capture_flags_by_source ON capture_flags(source_id, resumable);
    "#,
    // 7: what a delete took out, kept for undo (`store/trash.rs`): the rows
    // as JSON objects per table, dropped after 30 days.
    r#"
    CREATE TABLE trash (
        id INTEGER PRIMARY KEY,
        made_at INTEGER NOT NULL,
        label TEXT NOT NULL,
        rows TEXT NOT NULL
    );
    "#,
    // 8: a streak live capture holds keeps its identity (its first event's
    // time and the fingerprint an import gives that streak), so the row a
    // stop writes at its highest count is the estimated row an import of
    // the tool's log completes.
    r#"
    ALTER TABLE capture_pending ADD COLUMN streak_at INTEGER;
    ALTER TABLE capture_pending ADD COLUMN streak INTEGER;
    "#,
    // 9: the column mappings a creator made,
    // keyed by the signature of the header they read (`sniff::signature`),
    // so the next file with that header is read the same way.
    r#"
    CREATE TABLE header_mappings (
        signature TEXT PRIMARY KEY,
        mapping TEXT NOT NULL,
        name TEXT NOT NULL,
        saved_on TEXT NOT NULL
    ) WITHOUT ROWID;
    "#,
    // 10: TikTok LIVE Center's own figures per local day (its Revenue,
    // Activity, Viewers and Engagement files): one row per day and figure,
    // the value as exact decimal text, and the import that set it. A later
    // file that gives another value for the same day and figure replaces
    // it; what it replaced is kept so that undoing that import puts it back.
    // These are TikTok's word for a day, beside the ledger: never a record
    // the balance adds up.
    r#"
    CREATE TABLE reported_days (
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        figure TEXT NOT NULL CHECK (figure IN ('diamonds', 'live_seconds', 'lives', 'views',
            'unique_viewers', 'avg_watch_seconds', 'peak_concurrent', 'avg_concurrent', 'gifters',
            'new_followers', 'commenters', 'likes', 'shares')),
        value TEXT NOT NULL,
        import_id INTEGER NOT NULL REFERENCES imports(id),
        PRIMARY KEY (day, figure)
    ) WITHOUT ROWID;
    CREATE INDEX reported_days_by_import ON reported_days(import_id);
    CREATE TABLE reported_day_revisions (
        import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        figure TEXT NOT NULL,
        prev_value TEXT NOT NULL,
        prev_import_id INTEGER NOT NULL,
        PRIMARY KEY (import_id, day, figure)
    ) WITHOUT ROWID;
    CREATE INDEX reported_day_revisions_by_prev ON reported_day_revisions(prev_import_id);
    "#,
    // 11: engagement live capture saw, per minute of each live (counts only,
    // never chat text or who sent it): likes, comments, joins, follows and
    // shares added up, and the most viewers a viewer count gave. A minute is
    // the UTC millisecond its minute starts at. It goes with its live.
    r#"
    CREATE TABLE live_minutes (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        minute INTEGER NOT NULL CHECK (minute % 60000 = 0),
        likes INTEGER NOT NULL DEFAULT 0 CHECK (likes BETWEEN 0 AND 1000000000000),
        comments INTEGER NOT NULL DEFAULT 0 CHECK (comments BETWEEN 0 AND 1000000000000),
        joins INTEGER NOT NULL DEFAULT 0 CHECK (joins BETWEEN 0 AND 1000000000000),
        follows INTEGER NOT NULL DEFAULT 0 CHECK (follows BETWEEN 0 AND 1000000000000),
        shares INTEGER NOT NULL DEFAULT 0 CHECK (shares BETWEEN 0 AND 1000000000000),
        viewers_peak INTEGER CHECK (viewers_peak BETWEEN 0 AND 1000000000000),
        PRIMARY KEY (session_id, minute)
    ) WITHOUT ROWID;
    "#,
    // 12: who gave in each live: per live and sender, the gifts, coins and
    // the first and last gift's time, kept beside the rows like the other
    // totals (only `LedgerTx` moves them), so the insights never read every
    // gift. Filled from the rows the ledger holds.
    r#"
    CREATE TABLE session_senders (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        sender TEXT NOT NULL,
        gifts INTEGER NOT NULL,
        coins INTEGER NOT NULL,
        first_at INTEGER,
        last_at INTEGER,
        PRIMARY KEY (session_id, sender)
    ) WITHOUT ROWID;
    INSERT INTO session_senders (session_id, sender, gifts, coins, first_at, last_at)
        SELECT session_id, sender, sum(count), sum(coins_each * count), min(at), max(at)
        FROM gifts WHERE sender IS NOT NULL GROUP BY session_id, sender;
    "#,
    // 13: each warning of an import as the core's message (a JSON list of
    // `{"id", "args"}` or null, one for each of `warnings`), so its history
    // speaks the creator's language; NULL for imports recorded before,
    // which stay in English.
    r#"
    ALTER TABLE imports ADD COLUMN warning_messages TEXT;
    "#,
];

/// The schema version this build writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

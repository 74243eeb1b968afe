import ETEModel
import GRDB

/// Versioned schema migrations. Never edit a shipped migration: add a new one.
enum Schema {
    /// Every ETE store has this migration; its presence identifies stores made before the application_id mark.
    static let firstMigration = "v1-programme"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(firstMigration) { db in
            try db.execute(
                sql: """
                    CREATE TABLE dataset_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE pillar (number INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 5), name TEXT NOT NULL);
                    CREATE TABLE municipality (
                        code TEXT PRIMARY KEY CHECK (code GLOB 'GM[0-9][0-9][0-9][0-9]'),
                        name TEXT NOT NULL UNIQUE,
                        province TEXT NOT NULL,
                        population INTEGER NOT NULL CHECK (population >= 0),
                        joined_on TEXT,
                        local_coalition_since TEXT,
                        adviser TEXT);
                    CREATE TABLE action_line (
                        id TEXT PRIMARY KEY, scheme TEXT NOT NULL, number INTEGER NOT NULL, title TEXT NOT NULL,
                        UNIQUE (scheme, number));
                    CREATE TABLE action (
                        id TEXT PRIMARY KEY,
                        action_line_id TEXT NOT NULL REFERENCES action_line(id),
                        title TEXT NOT NULL,
                        pillar INTEGER REFERENCES pillar(number));
                    CREATE TABLE action_status (
                        action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
                        year INTEGER NOT NULL,
                        status TEXT NOT NULL CHECK (status IN ('gepland', 'lopend', 'afgerond')),
                        result_text TEXT NOT NULL,
                        PRIMARY KEY (action_id, year));
                    CREATE TABLE coalition_partner (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE,
                        sector TEXT NOT NULL,
                        joined_on TEXT NOT NULL,
                        left_on TEXT);
                    CREATE TABLE partner_risk_group (
                        partner_id INTEGER NOT NULL REFERENCES coalition_partner(id) ON DELETE CASCADE,
                        risk_group TEXT NOT NULL,
                        PRIMARY KEY (partner_id, risk_group));
                    CREATE TABLE campaign (id TEXT PRIMARY KEY, name TEXT NOT NULL, audience TEXT NOT NULL);
                    CREATE TABLE campaign_measurement (
                        campaign_id TEXT NOT NULL REFERENCES campaign(id),
                        wave TEXT NOT NULL,
                        year INTEGER NOT NULL,
                        metric TEXT NOT NULL,
                        label TEXT NOT NULL,
                        percentage REAL NOT NULL CHECK (percentage BETWEEN 0 AND 100),
                        target REAL,
                        PRIMARY KEY (campaign_id, wave, metric));
                    CREATE TABLE week_edition (
                        year INTEGER PRIMARY KEY,
                        start_date TEXT NOT NULL,
                        end_date TEXT NOT NULL,
                        opening_date TEXT,
                        opening_participants INTEGER,
                        theme TEXT);
                    CREATE TABLE week_registration (
                        id INTEGER PRIMARY KEY,
                        year INTEGER NOT NULL REFERENCES week_edition(year),
                        organiser TEXT NOT NULL,
                        municipality_code TEXT REFERENCES municipality(code),
                        date TEXT NOT NULL,
                        activity_type TEXT NOT NULL,
                        kom_erbij INTEGER NOT NULL,
                        participants INTEGER CHECK (participants >= 0));
                    CREATE INDEX week_registration_year ON week_registration(year);
                    CREATE TABLE questionnaire (year INTEGER PRIMARY KEY, title TEXT NOT NULL);
                    CREATE TABLE question (
                        year INTEGER NOT NULL REFERENCES questionnaire(year) ON DELETE CASCADE,
                        id TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        pillar INTEGER NOT NULL REFERENCES pillar(number),
                        type TEXT NOT NULL,
                        definition TEXT NOT NULL,
                        PRIMARY KEY (year, id));
                    CREATE TABLE benchmark_response (
                        year INTEGER NOT NULL REFERENCES questionnaire(year),
                        municipality_code TEXT NOT NULL REFERENCES municipality(code),
                        PRIMARY KEY (year, municipality_code));
                    CREATE TABLE benchmark_answer (
                        year INTEGER NOT NULL,
                        municipality_code TEXT NOT NULL,
                        question_id TEXT NOT NULL,
                        value TEXT NOT NULL,
                        PRIMARY KEY (year, municipality_code, question_id),
                        FOREIGN KEY (year, municipality_code) REFERENCES benchmark_response(year, municipality_code) ON DELETE CASCADE,
                        FOREIGN KEY (year, question_id) REFERENCES question(year, id));
                    CREATE TABLE signalling_coverage (
                        network TEXT NOT NULL,
                        municipality_code TEXT NOT NULL REFERENCES municipality(code),
                        since TEXT NOT NULL,
                        PRIMARY KEY (network, municipality_code));
                    CREATE TABLE signalling_reports (
                        network TEXT NOT NULL,
                        municipality_code TEXT NOT NULL REFERENCES municipality(code),
                        year INTEGER NOT NULL,
                        reports INTEGER NOT NULL CHECK (reports >= 0),
                        PRIMARY KEY (network, municipality_code, year));
                    CREATE TABLE programme_figure (
                        year INTEGER NOT NULL,
                        key TEXT NOT NULL,
                        value REAL NOT NULL,
                        label TEXT NOT NULL,
                        source TEXT NOT NULL,
                        PRIMARY KEY (year, key));
                    CREATE TABLE import_log (
                        id INTEGER PRIMARY KEY,
                        kind TEXT NOT NULL,
                        file TEXT NOT NULL,
                        year INTEGER,
                        rows INTEGER NOT NULL,
                        imported_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);
                    """)
            // Seed rows as they shipped, frozen as literals: a later change to the application's
            // types must not change what this migration wrote (a new migration changes data).
            try db.execute(
                sql: """
                    INSERT INTO pillar (number, name) VALUES
                        (1, 'Bestuurlijk commitment'),
                        (2, 'Creëer een sterk netwerk'),
                        (3, 'Betrek mensen met gevoelens van eenzaamheid zelf'),
                        (4, 'Duurzame aanpak'),
                        (5, 'Monitoren en evalueren');
                    INSERT INTO action_line (id, scheme, number, title) VALUES
                        ('2018-1', '2018', 1, 'Het signaleren en bespreekbaar maken van eenzaamheid'),
                        ('2018-2', '2018', 2, 'Het doorbreken en duurzaam aanpakken van eenzaamheid'),
                        ('2022-1', '2022', 1, 'Meer bewustwording in de samenleving over eenzaamheid'),
                        ('2022-2', '2022', 2, 'Meer maatschappelijk initiatief tegen eenzaamheid'),
                        ('2022-3', '2022', 3, 'In alle gemeenten een lokale aanpak tegen eenzaamheid');
                    """)
        }
        migrator.registerMigration("v2-letter") { db in
            // The yearly letter's own text: letterhead facts and narrative passages per section.
            try db.execute(
                sql: """
                    CREATE TABLE letter (
                        year INTEGER PRIMARY KEY,
                        metadata TEXT NOT NULL);
                    CREATE TABLE letter_passage (
                        year INTEGER NOT NULL REFERENCES letter(year) ON DELETE CASCADE,
                        key TEXT NOT NULL,
                        markdown TEXT NOT NULL,
                        PRIMARY KEY (year, key));
                    """)
        }
        migrator.registerMigration("v3-name-identity") { db in
            // One identity rule for named entities: a partner is known by the match key of its name
            // (case, accents, spacing and punctuation ignored). Earlier imports may have stored one
            // partner under two spellings; those are merged into the first-joined row.
            try db.execute(sql: "ALTER TABLE coalition_partner ADD COLUMN name_key TEXT")
            var kept: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM coalition_partner ORDER BY joined_on, id") {
                let id: Int64 = row["id"]
                let key = DutchText.matchKey(row["name"])
                if let survivor = kept[key] {
                    try db.execute(
                        sql: """
                            INSERT OR IGNORE INTO partner_risk_group (partner_id, risk_group)
                            SELECT ?, risk_group FROM partner_risk_group WHERE partner_id = ?
                            """, arguments: [survivor, id])
                    try db.execute(sql: "DELETE FROM coalition_partner WHERE id = ?", arguments: [id])
                } else {
                    kept[key] = id
                    try db.execute(sql: "UPDATE coalition_partner SET name_key = ? WHERE id = ?", arguments: [key, id])
                }
            }
            try db.execute(sql: "CREATE UNIQUE INDEX coalition_partner_name_key ON coalition_partner(name_key)")
        }
        migrator.registerMigration("v4-population-per-year") { db in
            // Population (and so the size class) per year: a later import must not rewrite the past.
            // Counts stored before this migration are the bundled end-of-2024 figures.
            try db.execute(
                sql: """
                    CREATE TABLE municipality_population (
                        municipality_code TEXT NOT NULL REFERENCES municipality(code) ON DELETE CASCADE,
                        year INTEGER NOT NULL,
                        population INTEGER NOT NULL CHECK (population >= 0),
                        PRIMARY KEY (municipality_code, year));
                    INSERT INTO municipality_population (municipality_code, year, population)
                        SELECT code, \(BundledMunicipalities.populationYear), population FROM municipality;
                    """)
        }
        migrator.registerMigration("v5-questionnaire-source") { db in
            // Reports name the questionnaire file that was imported, not a guessed path.
            try db.execute(sql: "ALTER TABLE questionnaire ADD COLUMN source TEXT")
        }
        migrator.registerMigration("v6-action-lines-as-data") { db in
            // Action lines are data with the years they are valid and an optional section template;
            // an action's line is kept per year, because a new period brings new lines.
            try db.execute(
                sql: """
                    ALTER TABLE action_line ADD COLUMN first_year INTEGER;
                    ALTER TABLE action_line ADD COLUMN last_year INTEGER;
                    ALTER TABLE action_line ADD COLUMN template TEXT;
                    UPDATE action_line SET first_year = CAST(scheme AS INTEGER);
                    ALTER TABLE action_status ADD COLUMN action_line_id TEXT REFERENCES action_line(id);
                    UPDATE action_status SET action_line_id = (SELECT action_line_id FROM action WHERE action.id = action_status.action_id);
                    CREATE TABLE action_new (id TEXT PRIMARY KEY, title TEXT NOT NULL, pillar INTEGER REFERENCES pillar(number));
                    INSERT INTO action_new (id, title, pillar) SELECT id, title, pillar FROM action;
                    DROP TABLE action;
                    ALTER TABLE action_new RENAME TO action;
                    """)
            // The shipped lines' years and templates, frozen like the seed rows of v1.
            try db.execute(
                sql: """
                    UPDATE action_line SET last_year = 2021 WHERE id IN ('2018-1', '2018-2');
                    UPDATE action_line SET last_year = 2025, template = 'bewustwording' WHERE id = '2022-1';
                    UPDATE action_line SET last_year = 2025, template = 'maatschappelijk-initiatief' WHERE id = '2022-2';
                    UPDATE action_line SET last_year = 2025, template = 'lokale-aanpak' WHERE id = '2022-3';
                    """)
        }
        migrator.registerMigration("v7-benchmark-releases") { db in
            // Each publication of a year's workbooks: its groups and withheld figures, so a
            // corrected release can keep the decisions and withhold what changed.
            try db.execute(
                sql: """
                    CREATE TABLE benchmark_release (
                        year INTEGER NOT NULL, number INTEGER NOT NULL, published_on TEXT NOT NULL,
                        PRIMARY KEY (year, number));
                    CREATE TABLE benchmark_release_member (
                        year INTEGER NOT NULL, number INTEGER NOT NULL, partition TEXT NOT NULL, grp TEXT NOT NULL,
                        municipality_code TEXT NOT NULL,
                        PRIMARY KEY (year, number, partition, grp, municipality_code),
                        FOREIGN KEY (year, number) REFERENCES benchmark_release(year, number) ON DELETE CASCADE);
                    CREATE TABLE benchmark_release_withheld (
                        year INTEGER NOT NULL, number INTEGER NOT NULL, partition TEXT NOT NULL, grp TEXT NOT NULL,
                        figure TEXT NOT NULL,
                        PRIMARY KEY (year, number, partition, grp, figure),
                        FOREIGN KEY (year, number) REFERENCES benchmark_release(year, number) ON DELETE CASCADE);
                    """)
        }
        migrator.registerMigration("v8-loneliness-prevalence") { db in
            // Regions in the boundaries of the survey year: codes that no longer exist stay, so no
            // reference to the municipality table. Filled with the bundled RIVM figures.
            try db.execute(
                sql: """
                    CREATE TABLE loneliness_prevalence (
                        region_code TEXT NOT NULL CHECK (region_code = 'NL01' OR region_code GLOB 'GM[0-9][0-9][0-9][0-9]'),
                        region_name TEXT NOT NULL,
                        year INTEGER NOT NULL,
                        age_group TEXT NOT NULL CHECK (age_group IN ('18+', '65+')),
                        lonely REAL CHECK (lonely BETWEEN 0 AND 100),
                        severely_lonely REAL CHECK (severely_lonely BETWEEN 0 AND 100),
                        emotionally_lonely REAL CHECK (emotionally_lonely BETWEEN 0 AND 100),
                        socially_lonely REAL CHECK (socially_lonely BETWEEN 0 AND 100),
                        source TEXT NOT NULL,
                        PRIMARY KEY (region_code, year, age_group));
                    """)
            let transaction = StoreTransaction(db: db)
            for row in try BundledReferenceFigures.prevalence() { try transaction.upsert(row) }
        }
        migrator.registerMigration("v9-loneliness-survey") { db in
            // A municipality's own residents' survey: the answers as given (scoring rules may change),
            // one column per item of the De Jong Gierveld scale, NULL when unanswered.
            let items = (1...11).map { "item_\($0) TEXT CHECK (item_\($0) IN ('ja', 'min of meer', 'nee'))," }.joined(separator: "\n")
            try db.execute(
                sql: """
                    CREATE TABLE loneliness_survey_response (
                        municipality_code TEXT NOT NULL REFERENCES municipality(code),
                        year INTEGER NOT NULL,
                        respondent TEXT NOT NULL,
                        \(items)
                        weight REAL NOT NULL CHECK (weight > 0),
                        PRIMARY KEY (municipality_code, year, respondent));
                    """)
        }
        migrator.registerMigration("v10-stappenplan-survey") { db in
            // A municipality's survey of local organisations (Stappenplan): how many were invited,
            // and per respondent per question the answer as option codes (LocalSurvey.storedSeparator between several)
            // or the open text, with the "namelijk" text of an option that takes one.
            try db.execute(
                sql: """
                    CREATE TABLE local_survey (
                        municipality_code TEXT NOT NULL REFERENCES municipality(code),
                        year INTEGER NOT NULL,
                        invited INTEGER CHECK (invited > 0),
                        questionnaire TEXT NOT NULL,
                        PRIMARY KEY (municipality_code, year));
                    CREATE TABLE local_survey_answer (
                        municipality_code TEXT NOT NULL,
                        year INTEGER NOT NULL,
                        respondent INTEGER NOT NULL,
                        question_id TEXT NOT NULL,
                        answer TEXT NOT NULL,
                        remark TEXT,
                        PRIMARY KEY (municipality_code, year, respondent, question_id),
                        FOREIGN KEY (municipality_code, year) REFERENCES local_survey(municipality_code, year) ON DELETE CASCADE);
                    """)
        }
        migrator.registerMigration("v11-stappenplan-text") { db in
            // What staff write for a municipality's local factsheet: the meeting day and the
            // paragraphs (separated by an empty line) of the introduction and the summary.
            try db.execute(
                sql: """
                    CREATE TABLE local_survey_text (
                        municipality_code TEXT NOT NULL REFERENCES municipality(code),
                        year INTEGER NOT NULL,
                        meeting_date TEXT,
                        introduction TEXT NOT NULL,
                        summary TEXT NOT NULL,
                        fictitious INTEGER NOT NULL CHECK (fictitious IN (0, 1)),
                        PRIMARY KEY (municipality_code, year));
                    """)
        }
        migrator.registerMigration("v12-municipality-lifetimes") { db in
            // Municipalities end and begin by mergers: each has a lifetime, mergers are data (old
            // code → new code, date, source), and every CBS list imported with its reference date is
            // recorded with its count, so `ete check` can compare each year with its own list.
            try db.execute(
                sql: """
                    ALTER TABLE municipality ADD COLUMN exists_from TEXT;
                    ALTER TABLE municipality ADD COLUMN ended_on TEXT;
                    CREATE TABLE municipality_merger (
                        old_code TEXT NOT NULL REFERENCES municipality(code),
                        new_code TEXT NOT NULL REFERENCES municipality(code),
                        date TEXT NOT NULL,
                        source TEXT NOT NULL,
                        PRIMARY KEY (old_code, new_code));
                    CREATE TABLE municipality_list (
                        reference_date TEXT PRIMARY KEY,
                        count INTEGER NOT NULL CHECK (count > 0),
                        source TEXT NOT NULL);
                    """)
            try db.execute(
                sql: "INSERT INTO municipality_list (reference_date, count, source) VALUES (?, ?, ?)",
                arguments: [
                    BundledMunicipalities.referenceDate.description, BundledMunicipalities.count, BundledMunicipalities.source,
                ])
        }
        migrator.registerMigration("v13-action-line-topics") { db in
            // The letter's topics with figures are carried by action lines as data, so a new period's
            // lines carry them without a template; the programme's name per period is data too.
            try db.execute(
                sql: """
                    ALTER TABLE action_line ADD COLUMN topics TEXT NOT NULL DEFAULT '';
                    ALTER TABLE action_line ADD COLUMN programme TEXT;
                    ALTER TABLE action_line ADD COLUMN programme_short TEXT;
                    """)
            // The shipped lines' values, frozen like the seed rows of v1.
            try db.execute(
                sql: """
                    UPDATE action_line SET programme = 'het actieprogramma Eén tegen eenzaamheid', programme_short = 'het actieprogramma'
                        WHERE id IN ('2018-1', '2018-2', '2022-1', '2022-2', '2022-3');
                    UPDATE action_line SET topics = 'campagne week kennis' WHERE id = '2022-1';
                    UPDATE action_line SET topics = 'coalitie' WHERE id = '2022-2';
                    UPDATE action_line SET topics = 'lokale-aanpak signaleren' WHERE id = '2022-3';
                    """)
        }
        return migrator
    }
}

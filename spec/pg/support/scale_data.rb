# frozen_string_literal: true

# A forum's worth of mediation, written in bulk SQL (generate_series, never a
# Ruby loop over rows), for the scale benchmark (spec/pg/scale) and for specs
# that compare the old queries with the new ones on varied data. For N cases:
# N / 4 people, 1.5 N topics and their first posts, 1 to 4 requests per case,
# 5 to 20 events per case, a decision ballot on 5% of them, spread over 2,000
# days (or `span_days`) up to `now`. Recent cases are often still open; the others ended
# resolved (about 55%), withdrawn (40%) or decided (5%), with each ladder
# step's sanction, end and review dates. Every id is allocated after those
# already in the tables, so the data can join an example's own.
module ScaleData
  SPAN_DAYS = 2000
  OPEN_STATES = %w[requested mediating report_draft awaiting_statements voting decided].freeze
  FILLER_ACTIONS = %w[
    claim
    note_added
    person_added
    mediator_posted
    report_saved
    statement_submitted
    notices_sent
    outcome_told
  ].freeze
  WORDS = %w[
    garden
    kettle
    orbit
    lantern
    harbor
    violin
    meadow
    cactus
    puzzle
    glacier
    saddle
    tunnel
    walnut
    beacon
    marble
    pepper
    quarry
    ribbon
    summit
    thistle
    velvet
    willow
    zephyr
  ].freeze

  # The people and places a benchmark uses by name.
  World =
    Struct.new(
      :cases,
      :mediator_id,
      :moderator_id,
      :heavy_requester_id,
      :member_id,
      :mediators_group_id,
      :quiet_topic_id,
      :rare_title,
      :common_title,
      :rare_username,
      keyword_init: true,
    )

  module_function

  TABLES = %w[
    users
    topics
    posts
    group_users
    discourse_mediation_cases
    discourse_mediation_case_people
    discourse_mediation_help_requests
    discourse_mediation_ballots
    discourse_mediation_case_events
  ].freeze

  # `bulk`: outside a transaction, the tables' indexes are dropped while the
  # rows are written and built again afterwards, which is several times
  # faster than keeping them up to date row by row.
  def generate!(cases:, now: Time.zone.now, span_days: SPAN_DAYS, bulk: false)
    connection = ActiveRecord::Base.connection
    bases = %w[users topics posts groups].to_h { [_1, next_id(connection, _1)] }
    bases["cases"] = next_id(connection, DiscourseMediation::MediationCase.table_name)
    binds = {
      n: cases,
      users: [cases / 4, 60].max,
      topics: cases + cases / 2,
      now:,
      span: span_days * 86_400,
      ubase: bases["users"],
      tbase: bases["topics"],
      pbase: bases["posts"],
      cbase: bases["cases"],
      gbase: bases["groups"],
      open_states: "{#{OPEN_STATES.join(",")}}",
      outcomes: "{#{DiscourseMediation::Defaults::LADDER.map { _1[:key] }.join(",")}}",
      fillers: "{#{FILLER_ACTIONS.join(",")}}",
      words: "{#{WORDS.join(",")}}",
      kinds: "{#{DiscourseMediation::Rules::Mediation::HelpRequestRules::KINDS.join(",")}}",
    }
    connection.execute("DROP TABLE IF EXISTS scale_cases")
    write = -> do
      STATEMENTS.each do |sql|
        connection.execute(
          ActiveRecord::Base.sanitize_sql_array([sql.gsub(/:now\b/, ":now::timestamp"), binds]),
        )
      end
    end
    bulk ? without_indexes(connection, &write) : write.call
    connection.execute("DROP TABLE scale_cases")
    %w[users topics posts groups discourse_mediation_cases].each do |table|
      connection.execute("SELECT setval('#{table}_id_seq', (SELECT MAX(id) FROM #{table}))")
    end
    %w[
      discourse_mediation_help_requests
      discourse_mediation_case_events
      discourse_mediation_case_people
      discourse_mediation_ballots
    ].each do |table|
      connection.execute(
        "SELECT setval('#{table}_id_seq', GREATEST((SELECT MAX(id) FROM #{table}), 1))",
      )
    end
    world(bases, cases, binds[:topics])
  end

  def without_indexes(connection)
    indexes = connection.select_rows(<<~SQL)
      SELECT c.relname, pg_get_indexdef(i.indexrelid)
      FROM pg_index i
      JOIN pg_class c ON c.oid = i.indexrelid
      JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname IN (#{TABLES.map { connection.quote(_1) }.join(", ")}) AND NOT i.indisprimary
    SQL
    indexes.each { |name, _| connection.execute("DROP INDEX #{connection.quote_table_name(name)}") }
    yield
    connection.execute("SET maintenance_work_mem = '512MB'")
    indexes.each { |_, definition| connection.execute(definition) }
    connection.execute("RESET maintenance_work_mem")
  end

  def next_id(connection, table)
    connection.select_value("SELECT GREATEST(MAX(id), 0) FROM #{table}").to_i
  end

  def world(bases, cases, topics)
    ubase = bases["users"]
    World.new(
      cases:,
      mediator_id: ubase + 1,
      moderator_id: ubase + 2,
      heavy_requester_id: ubase + 3,
      member_id: ubase + 4,
      mediators_group_id: bases["groups"] + 1,
      quiet_topic_id: bases["topics"] + topics,
      rare_title: "##{cases / 3}",
      common_title: WORDS[3],
      rare_username: named_subject(bases["cases"]).username[1, 5],
    )
  end

  # Someone the archive still names: the person concerned in the case
  # decided last.
  def named_subject(cbase)
    User.find(
      DiscourseMediation::MediationCase
        .where("id > ?", cbase)
        .where(state: "closed")
        .order(ended_at: :desc)
        .pick(:subject_id) ||
        DiscourseMediation::MediationCase.where("id > ?", cbase).pick(:subject_id),
    )
  end

  STATEMENTS = [
    # People: a mediator, a moderator, someone who asks for help often, a
    # member, 40 more mediators, then everyone else.
    <<~SQL,
      INSERT INTO users (id, username, username_lower, trust_level, moderator, created_at, updated_at)
      SELECT :ubase + g, u.name, lower(u.name), 2, g = 2, :now, :now
      FROM generate_series(1::bigint, :users) g
      CROSS JOIN LATERAL (SELECT 'm' || substr(md5(g::text), 1, 6) || '_' || g AS name) u
    SQL
    <<~SQL,
      INSERT INTO groups (id, name, created_at, updated_at)
      VALUES (:gbase + 1, 'scale_mediators_' || :gbase, :now, :now)
    SQL
    <<~SQL,
      INSERT INTO group_users (group_id, user_id, created_at, updated_at)
      SELECT :gbase + 1, :ubase + g, :now, :now FROM generate_series(1::bigint, 50) g WHERE g = 1 OR g > 10
    SQL
    # Topics with titles of two words and a number; the last half-N have no case.
    <<~SQL,
      INSERT INTO topics (id, title, user_id, created_at, updated_at)
      SELECT :tbase + g,
             initcap((:words::text[])[1 + g % 23]) || ' and the ' || (:words::text[])[1 + (g * 7) % 23] || ' #' || g,
             :ubase + 11 + (g * 7919) % (:users - 10), :now, :now
      FROM generate_series(1::bigint, :topics) g
    SQL
    <<~SQL,
      INSERT INTO posts (id, topic_id, user_id, post_number, raw, cooked, created_at, updated_at)
      SELECT :pbase + g, :tbase + g, :ubase + 11 + (g * 7919) % (:users - 10), 1,
             'What was said, ' || g, '<p>What was said, ' || g || '</p>', :now, :now
      FROM generate_series(1::bigint, :topics) g
    SQL
    # Each case's shape, decided once: when it opened, where it stands.
    <<~SQL,
      CREATE TEMP TABLE scale_cases AS
      SELECT g, c.created_at, c.r, s.state,
             CASE WHEN s.state IN ('resolved', 'withdrawn')
                    THEN LEAST(c.created_at + (1 + g % 20) * interval '1 day', :now)
                  WHEN s.state IN ('closed', 'archived')
                    THEN LEAST(c.created_at + (20 + g % 20) * interval '1 day', :now)
             END AS ended_at,
             CASE WHEN s.state IN ('closed', 'archived', 'decided', 'voting')
                    THEN (:outcomes::text[])[1 + g % 6]
             END AS outcome
      FROM generate_series(1::bigint, :n) g
      CROSS JOIN LATERAL (
        SELECT :now - (((:n - g)::float8 * :span / :n) + (g * 7919) % 3600) * interval '1 second' AS created_at,
               (g * 37) % 100 AS r
      ) c
      CROSS JOIN LATERAL (
        SELECT CASE
          WHEN c.created_at > :now - interval '30 days' AND c.r < 30 THEN (:open_states::text[])[1 + g % 6]
          WHEN c.r < 5 AND c.created_at > :now - interval '60 days' THEN 'closed'
          WHEN c.r < 5 THEN 'archived'
          WHEN c.r < 60 THEN 'resolved'
          ELSE 'withdrawn'
        END AS state
      ) s
    SQL
    <<~SQL,
      INSERT INTO discourse_mediation_cases (
        id, topic_id, post_id, state, urgent, mediator_id, created_at, updated_at,
        first_response_at, ended_at, archived_at, outcome, sanction_ends_at, review_at,
        subject_id, stage_started_at)
      SELECT :cbase + g, :tbase + g, :pbase + g, state, g % 10 = 0,
             CASE WHEN f.first_response_at IS NULL THEN NULL
                  WHEN g % 50 = 0 THEN :ubase + 1
                  ELSE :ubase + 11 + g % 40 END,
             created_at, COALESCE(ended_at, created_at), f.first_response_at, ended_at,
             CASE WHEN state = 'archived' THEN ended_at + interval '30 days' END,
             CASE WHEN state IN ('closed', 'archived') THEN outcome END,
             CASE WHEN state IN ('closed', 'archived') THEN
               ended_at + CASE outcome WHEN 'cool_down' THEN interval '7 days'
                                       WHEN 'suspension' THEN interval '30 days'
                                       WHEN 'long_suspension' THEN interval '365 days' END
             END,
             CASE WHEN state IN ('closed', 'archived') THEN
               ended_at + CASE outcome WHEN 'private_correction' THEN interval '90 days'
                                       WHEN 'formal_warning' THEN interval '180 days'
                                       WHEN 'long_suspension' THEN interval '180 days' END
             END,
             :ubase + 11 + (g * 7919) % (:users - 10),
             COALESCE(ended_at, created_at + interval '1 hour')
      FROM scale_cases
      CROSS JOIN LATERAL (
        SELECT CASE WHEN state = 'requested' OR (state = 'withdrawn' AND g % 2 = 0) THEN NULL
                    ELSE LEAST(created_at + (1 + g % 47) * interval '1 hour', COALESCE(ended_at, :now))
               END AS first_response_at
      ) f
    SQL
    <<~SQL,
      INSERT INTO discourse_mediation_case_people (case_id, user_id, subject, created_at, updated_at)
      SELECT id, subject_id, TRUE, created_at, created_at
      FROM discourse_mediation_cases WHERE id > :cbase
    SQL
    # One to four requests a case, each by someone else, and the frequent
    # requester on one case in 300.
    <<~SQL,
      INSERT INTO discourse_mediation_help_requests (case_id, user_id, post_id, kind, message, created_at, updated_at, withdrawn_at)
      SELECT :cbase + g, :ubase + 11 + (g * 104729 + k * ((:users - 10) / 5)) % (:users - 10), :pbase + g,
             (:kinds::text[])[1 + (g + k) % 4], 'Please help',
             created_at + (k - 1) * interval '1 hour', created_at + (k - 1) * interval '1 hour',
             CASE WHEN state = 'withdrawn' THEN ended_at END
      FROM scale_cases, generate_series(1, 1 + (g * 13) % 4) k
    SQL
    <<~SQL,
      INSERT INTO discourse_mediation_help_requests (case_id, user_id, post_id, kind, message, created_at, updated_at)
      SELECT :cbase + g, :ubase + 3, :pbase + g, 'deescalate', 'Again', created_at, created_at
      FROM scale_cases WHERE g % 300 = 0
    SQL
    # The decision ballots, each above a report topic of its own.
    <<~SQL,
      INSERT INTO discourse_mediation_ballots (
        case_id, topic_id, kind, options, eligible_count, quorum_percent, opens_at, closes_at,
        closed_at, outcome, created_at, updated_at)
      SELECT :cbase + g, :tbase + :n + (g % (:topics - :n - 1)) + 1, 'decision', :outcomes::text[], 12, 50,
             created_at + interval '10 days', created_at + interval '13 days',
             CASE WHEN state <> 'voting' THEN created_at + interval '13 days' END,
             CASE WHEN state <> 'voting' THEN outcome END,
             created_at + interval '10 days', created_at + interval '10 days'
      FROM scale_cases WHERE state IN ('closed', 'archived', 'decided', 'voting')
    SQL
    # Every case's timeline: 5 to 20 ordinary events between its opening and
    # its end, then the ones jobs and reports look for.
    <<~SQL,
      INSERT INTO discourse_mediation_case_events (case_id, user_id, action, data, created_at)
      SELECT :cbase + g, NULL, (:fillers::text[])[1 + (g + j) % 8], '{}',
             created_at + (COALESCE(ended_at, :now) - created_at) * (j::float8 / (6 + (g * 13) % 16))
      FROM scale_cases, generate_series(1, 5 + (g * 13) % 16) j
    SQL
    <<~SQL,
      INSERT INTO discourse_mediation_case_events (case_id, action, data, created_at)
      SELECT :cbase + g, 'escalate', '{}'::jsonb, created_at + interval '5 days'
      FROM scale_cases
      WHERE state IN ('report_draft', 'awaiting_statements', 'voting', 'decided', 'closed', 'archived')
        AND created_at + interval '5 days' < :now
      UNION ALL
      SELECT :cbase + g, 'close_ballot', '{}'::jsonb, created_at + interval '13 days'
      FROM scale_cases WHERE state IN ('decided', 'closed', 'archived') AND created_at + interval '13 days' < :now
      UNION ALL
      SELECT :cbase + g, 'vote_held', '{}'::jsonb, created_at + interval '12 hours'
      FROM scale_cases WHERE state = 'awaiting_statements' AND g % 12 = 3
    SQL
    # Every review that came is told, as the hourly job leaves them.
    <<~SQL,
      INSERT INTO discourse_mediation_case_events (case_id, action, data, created_at)
      SELECT id, 'review_due', '{}'::jsonb, review_at + interval '20 minutes'
      FROM discourse_mediation_cases
      WHERE id > :cbase AND state IN ('closed', 'archived') AND review_at <= :now
    SQL
  ].freeze
end

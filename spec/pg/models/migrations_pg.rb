# frozen_string_literal: true

require_relative "../pg_helper"

# Outside a transaction, as Discourse runs migrations: indexes on large tables
# are built and dropped concurrently, which a transaction does not allow. Each
# example ends with every migration up again and the tables emptied.
RSpec.describe "the plugin's migrations", :concurrent do
  let(:context) { ActiveRecord::MigrationContext.new(File.join(PLUGIN_ROOT, "db/migrate")) }

  let(:plugin_tables) do
    -> { ActiveRecord::Base.connection.tables.grep(/\Adiscourse_mediation_/).sort }
  end

  after { context.up }

  it "run down to nothing and up again, leaving the same tables and columns" do
    connection = ActiveRecord::Base.connection
    columns = -> do
      plugin_tables.call.to_h { |table| [table, connection.columns(table).map(&:name).sort] }
    end
    before = columns.call
    created =
      Dir[File.join(PLUGIN_ROOT, "db/migrate/*.rb")].sum do |file|
        File.read(file).scan(/create_table :discourse_mediation_\w+/).size
      end
    expect(before.keys.size).to eq(created)
    context.down(0)
    expect(plugin_tables.call).to be_empty
    context.up
    expect(columns.call).to eq(before)
  end

  it "gives the subject of existing cases a place among the people when the workspace migration runs" do
    post = Fabricate(:post, user: author)
    context.down(20_261_123_120_000)
    ActiveRecord::Base.connection.execute(<<~SQL)
      INSERT INTO discourse_mediation_cases (topic_id, post_id, state, created_at, updated_at)
      VALUES (#{post.topic_id}, #{post.id}, 'requested', now(), now())
    SQL
    context.up
    expect(DiscourseMediation::CasePerson.where(subject: true).pluck(:user_id)).to eq([author.id])
  end

  it "shortens index names over 62 bytes as Rails 7.1+ does" do
    names = ActiveRecord::Base.connection.indexes("discourse_mediation_help_requests").map(&:name)
    expect(names).to include(a_string_starting_with("idx_on_user_id_created_at_"))
    expect(names.map(&:bytesize).max).to be <= 62
  end

  it "keeps one open case per topic and person concerned in the database itself" do
    post = Fabricate(:post)
    other_author = Fabricate(:post, topic: post.topic)
    create = ->(**attributes) do
      DiscourseMediation::MediationCase.create!(
        topic_id: post.topic_id,
        post_id: post.id,
        **attributes,
      )
    end
    create.(subject_id: post.user_id)
    expect { create.(subject_id: post.user_id) }.to raise_error(ActiveRecord::RecordNotUnique)
    expect { create.(subject_id: post.user_id, state: "resolved") }.not_to raise_error
    expect { create.(subject_id: other_author.user_id) }.not_to raise_error

    # A post whose author is gone: still one open case of that kind per topic.
    create.(subject_id: nil)
    expect { create.(subject_id: nil) }.to raise_error(ActiveRecord::RecordNotUnique)
  end

  it "names the person concerned on cases opened before the index changed" do
    post = Fabricate(:post, user: author)
    context.down(20_261_123_191_000)
    connection = ActiveRecord::Base.connection
    connection.execute(<<~SQL)
      INSERT INTO discourse_mediation_cases (topic_id, post_id, state, created_at, updated_at)
      VALUES (#{post.topic_id}, #{post.id}, 'mediating', now(), '2026-11-30 10:00:00')
    SQL
    connection.execute(<<~SQL)
      INSERT INTO discourse_mediation_case_people (case_id, user_id, subject, created_at, updated_at)
      SELECT id, #{author.id}, true, now(), now() FROM discourse_mediation_cases
    SQL
    context.up
    expect(
      connection.select_rows("SELECT subject_id, stage_started_at FROM discourse_mediation_cases"),
    ).to eq([[author.id, Time.utc(2026, 11, 30, 10)]])
  end

  it "forgets the papers of closed ballots, keeping their receipts and reasons, and leaves open ballots' papers to their close" do
    context.down(20_261_203_200_000)
    connection = ActiveRecord::Base.connection
    ballot_ids = [Time.utc(2026, 12, 1), nil].map { |closed_at| connection.select_value(<<~SQL) }
          INSERT INTO discourse_mediation_ballots (case_id, options, eligible_count, quorum_percent, opens_at, closes_at, closed_at, created_at, updated_at)
          VALUES (#{closed_at ? 1 : 2}, '{no_action,suspension}', 3, 50, now(), now(), #{connection.quote(closed_at)}, now(), now())
          RETURNING id
        SQL
    closed, open = ballot_ids
    connection.execute(<<~SQL)
      INSERT INTO discourse_mediation_ballot_papers (ballot_id, choice, receipt_digest, reason) VALUES
        (#{closed}, 'suspension', 'b2', 'Zeal'), (#{closed}, 'no_action', 'a1', NULL), (#{closed}, 'suspension', 'c3', 'Again'),
        (#{open}, 'no_action', 'd4', 'Kept')
    SQL
    context.up
    DiscourseMediation::Ballot.reset_column_information

    expect(
      connection.select_rows(
        "SELECT ballot_id, choice, receipt_digest, reason FROM discourse_mediation_ballot_papers",
      ),
    ).to eq([[open, "no_action", "d4", "Kept"]])
    expect(
      connection.select_rows("SELECT ballot_id, digest FROM discourse_mediation_ballot_receipts"),
    ).to eq([[closed, "a1"], [closed, "b2"], [closed, "c3"]])
    expect(DiscourseMediation::Ballot.find(closed).paper_reasons).to eq(%w[Again Zeal])
    expect(DiscourseMediation::Ballot.find(open).paper_reasons).to eq([])
  end

  it "does not go back down while a ballot has sealed papers, which SQL cannot unseal" do
    ActiveRecord::Base.connection.execute(
      "INSERT INTO discourse_mediation_ballot_papers (ballot_id, sealed) VALUES (1, 'x')",
    )
    expect { context.down(20_261_203_200_000) }.to raise_error(
      /1 sealed ballot papers would be lost/,
    )
  end

  describe "the indexes for the largest forums" do
    # Loaded by the migrations pg_helper ran.
    let(:migration) { AddMediationScaleIndexes.new.tap { _1.verbose = false } }

    # Every index back as the migrations leave them, for the examples that
    # follow: the covering index by creation replaces the plain one.
    after do
      [AddMediationScaleIndexes, CoverMediationCasesByCreation].each do |later|
        later.new.tap { _1.verbose = false }.migrate(:up)
      end
    end

    let(:connection) { ActiveRecord::Base.connection }
    let(:valid) { ->(name) { connection.select_value(<<~SQL) } }
          SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
          WHERE c.relname = #{connection.quote(name)}
        SQL

    it "builds again an index that an interrupted concurrent build left invalid, and keeps the others" do
      connection.execute(<<~SQL)
        UPDATE pg_index SET indisvalid = false
        WHERE indexrelid = 'idx_mediation_cases_ended_order'::regclass
      SQL
      kept = connection.select_value("SELECT 'idx_mediation_cases_topic'::regclass::oid")
      migration.migrate(:up)
      expect(valid.("idx_mediation_cases_ended_order")).to eq(true)
      expect(connection.select_value("SELECT 'idx_mediation_cases_topic'::regclass::oid")).to eq(
        kept,
      )
    end

    it "goes without the trigram indexes where pg_trgm cannot be had, and the archive still searches" do
      migration.migrate(:down)
      allow(migration).to receive(:extension_enabled?).with("pg_trgm").and_return(false)
      allow(migration).to receive(:extension_available?).with("pg_trgm").and_return(false)
      migration.migrate(:up)
      expect(valid.("idx_mediation_cases_ended_order")).to eq(true)
      expect(valid.("idx_topics_title_trgm_mediation")).to be_nil
      topic = Fabricate(:topic, title: "A quarrel about the garden fence")
      mediation_case =
        DiscourseMediation::MediationCase.create!(
          topic:,
          post: Fabricate(:post, topic:),
          state: "resolved",
          ended_at: 1.day.ago,
        )
      expect(
        DiscourseMediation::ArchiveQuery.new({ q: "GARDEN" }.with_indifferent_access).page_cases,
      ).to eq([mediation_case])
    end
  end
end

# frozen_string_literal: true

# Indexes for the largest forums (issue 31), built concurrently as Discourse
# builds indexes on large tables, so that nobody waits on a lock while they
# build. Each is justified by a plan in spec/pg/scale/paths_at_scale_pg.rb:
#
# - cases by (ended_at DESC NULLS LAST, id DESC): the archive and the queue's
#   Closed tab read their pages in that order;
# - cases by subject_id and by topic_id: the archive's search by username and
#   by topic title, each a branch of its own;
# - cases by created_at and by first_response_at, events by action and time,
#   help requests by created_at: the transparency figures, month by month;
# - cases by review_at among ended cases, with their id: the reviews-due job
#   finds the cases not yet reminded from this index alone;
# - events of the few actions looked for across cases (review_due, vote_held,
#   escalate, close_ballot), with their case, so that "which cases have had
#   one" reads those events alone;
# - trigrams of topic titles and of usernames, so that the archive's search
#   for a part of either reads an index instead of every topic and user.
#
# pg_trgm: Discourse's standard install creates it in every site's database
# (discourse/discourse_docker, templates/postgres.template.yml, create_db:
# "create extension if not exists pg_trgm"). No migration under
# discourse/discourse's db/migrate that enables it could be found in the
# source index, so it is not taken for granted: enabled here where it is
# available and allowed (it is a trusted extension since PostgreSQL 13), and
# without it the two trigram indexes are left out and the search still
# answers, by reading every title and username.
class AddMediationScaleIndexes < ActiveRecord::Migration[8.0]
  disable_ddl_transaction!

  ENDED_WITH_SANCTION = "state IN ('closed', 'archived')"
  LOOKED_FOR_ACTIONS = "action IN ('review_due', 'vote_held', 'escalate', 'close_ballot')"

  INDEXES = [
    [
      :discourse_mediation_cases,
      %i[ended_at id],
      {
        name: "idx_mediation_cases_ended_order",
        order: {
          ended_at: "DESC NULLS LAST",
          id: :desc,
        },
      },
    ],
    [:discourse_mediation_cases, :subject_id, { name: "idx_mediation_cases_subject" }],
    [:discourse_mediation_cases, :topic_id, { name: "idx_mediation_cases_topic" }],
    [:discourse_mediation_cases, :created_at, { name: "idx_mediation_cases_created" }],
    [
      :discourse_mediation_cases,
      :first_response_at,
      { name: "idx_mediation_cases_first_response" },
    ],
    [
      :discourse_mediation_cases,
      %i[review_at id],
      { name: "idx_mediation_cases_review_due", where: ENDED_WITH_SANCTION },
    ],
    [
      :discourse_mediation_case_events,
      %i[action created_at case_id],
      { name: "idx_mediation_events_looked_for", where: LOOKED_FOR_ACTIONS },
    ],
    [:discourse_mediation_help_requests, :created_at, { name: "idx_mediation_requests_created" }],
  ].freeze

  TRIGRAM_INDEXES = [
    [:topics, :title, { name: "idx_topics_title_trgm_mediation" }],
    [:users, :username_lower, { name: "idx_users_username_trgm_mediation" }],
  ].freeze

  def up
    INDEXES.each { |table, columns, options| build(table, columns, **options) }
    return if !trigrams_available?
    TRIGRAM_INDEXES.each do |table, column, options|
      build(table, column, using: :gin, opclass: :gin_trgm_ops, **options)
    end
  end

  def down
    (INDEXES + TRIGRAM_INDEXES).each do |table, _columns, options|
      remove_index table, name: options[:name], algorithm: :concurrently, if_exists: true
    end
  end

  private

  # A concurrent build that was interrupted leaves an invalid index behind,
  # which `if_not_exists` would keep: it is dropped and built again.
  def build(table, columns, name:, **options)
    invalid = select_value(<<~SQL)
      SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE c.relname = #{quote(name)} AND NOT i.indisvalid
    SQL
    remove_index table, name:, algorithm: :concurrently, if_exists: true if invalid
    add_index table, columns, name:, algorithm: :concurrently, if_not_exists: true, **options
  end

  def trigrams_available?
    return true if extension_enabled?("pg_trgm")
    return false if !extension_available?("pg_trgm")
    enable_extension "pg_trgm"
    true
  rescue ActiveRecord::StatementInvalid => e
    say "pg_trgm could not be enabled (#{e.message.lines.first.strip}): the archive's search reads every title and username"
    false
  end
end

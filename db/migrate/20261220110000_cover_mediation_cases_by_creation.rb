# frozen_string_literal: true

# The transparency report reads the cases opened in its first period live
# (TransparencyQuery): their first responses, places, resolutions and
# escalations. Built concurrently, as AddMediationScaleIndexes builds its
# indexes, the index by created_at that also holds those columns answers
# from the index alone, and takes the place of the one by created_at only.
class CoverMediationCasesByCreation < ActiveRecord::Migration[8.0]
  disable_ddl_transaction!

  NAME = "idx_mediation_cases_created_covering"

  def up
    invalid = select_value(<<~SQL)
      SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE c.relname = #{quote(NAME)} AND NOT i.indisvalid
    SQL
    if invalid
      remove_index :discourse_mediation_cases, name: NAME, algorithm: :concurrently, if_exists: true
    end
    add_index :discourse_mediation_cases,
              :created_at,
              name: NAME,
              include: %i[id conduct_place state ended_at first_response_at],
              algorithm: :concurrently,
              if_not_exists: true
    remove_index :discourse_mediation_cases,
                 name: "idx_mediation_cases_created",
                 algorithm: :concurrently,
                 if_exists: true
  end

  def down
    add_index :discourse_mediation_cases,
              :created_at,
              name: "idx_mediation_cases_created",
              algorithm: :concurrently,
              if_not_exists: true
    remove_index :discourse_mediation_cases, name: NAME, algorithm: :concurrently, if_exists: true
  end
end

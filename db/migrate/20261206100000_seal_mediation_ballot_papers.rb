# frozen_string_literal: true

# Papers are sealed while their ballot is open (BallotSeal) and forgotten at
# the close: what the pages need afterwards moves to the ballot (the reasons,
# in alphabetical order) and to a list of counted receipts.
#
# Ballots already closed are converted here. A ballot open across the upgrade
# keeps the plain papers already cast, read as they are at its close; papers
# cast from now on are sealed.
class SealMediationBallotPapers < ActiveRecord::Migration[8.0]
  def up
    create_table :discourse_mediation_ballot_seals, id: false do |t|
      t.integer :ballot_id, null: false, primary_key: true
      t.string :salt, null: false
      t.datetime :created_at, null: false, default: -> { "CURRENT_TIMESTAMP" }
    end

    create_table :discourse_mediation_ballot_receipts, id: false do |t|
      t.integer :ballot_id, null: false
      t.string :digest, null: false
    end
    add_index :discourse_mediation_ballot_receipts, %i[ballot_id digest], unique: true

    add_column :discourse_mediation_ballots,
               :paper_reasons,
               :text,
               array: true,
               null: false,
               default: []

    add_column :discourse_mediation_ballot_papers, :sealed, :text
    # Every sealed paper has the same length; kept in the row as it is, never
    # compressed (which would make lengths differ again) nor moved to TOAST.
    execute "ALTER TABLE discourse_mediation_ballot_papers ALTER COLUMN sealed SET STORAGE PLAIN"
    change_column_null :discourse_mediation_ballot_papers, :choice, true
    change_column_null :discourse_mediation_ballot_papers, :receipt_digest, true
    remove_index :discourse_mediation_ballot_papers, :receipt_digest, unique: true

    execute <<~SQL
      INSERT INTO discourse_mediation_ballot_receipts (ballot_id, digest)
      SELECT p.ballot_id, p.receipt_digest
      FROM discourse_mediation_ballot_papers p
      JOIN discourse_mediation_ballots b ON b.id = p.ballot_id
      WHERE b.closed_at IS NOT NULL
      ORDER BY p.ballot_id, p.receipt_digest
    SQL
    execute <<~SQL
      UPDATE discourse_mediation_ballots b
      SET paper_reasons = COALESCE(
        (SELECT array_agg(p.reason ORDER BY p.reason)
         FROM discourse_mediation_ballot_papers p
         WHERE p.ballot_id = b.id AND p.reason IS NOT NULL AND p.reason <> ''),
        '{}')
      WHERE b.closed_at IS NOT NULL
    SQL
    execute <<~SQL
      DELETE FROM discourse_mediation_ballot_papers p
      USING discourse_mediation_ballots b
      WHERE b.id = p.ballot_id AND b.closed_at IS NOT NULL
    SQL
  end

  # Back to plain papers. Sealed papers cannot be turned back into plain ones
  # by SQL, so a ballot with sealed papers stops the way down; the receipts
  # and reasons of ballots that closed since are not turned back into papers.
  def down
    sealed =
      select_value(
        "SELECT count(*) FROM discourse_mediation_ballot_papers WHERE sealed IS NOT NULL",
      ).to_i
    if sealed.positive?
      raise ActiveRecord::IrreversibleMigration,
            "#{sealed} sealed ballot papers would be lost; close their ballots first"
    end

    add_index :discourse_mediation_ballot_papers, :receipt_digest, unique: true
    change_column_null :discourse_mediation_ballot_papers, :receipt_digest, false
    change_column_null :discourse_mediation_ballot_papers, :choice, false
    remove_column :discourse_mediation_ballot_papers, :sealed
    remove_column :discourse_mediation_ballots, :paper_reasons
    drop_table :discourse_mediation_ballot_receipts
    drop_table :discourse_mediation_ballot_seals
  end
end

# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # After a ballot closes, its deleted papers and seal still lie in the
    # tables' pages as dead row versions until PostgreSQL vacuums them.
    # This vacuums at once: the papers' and seals' tables (which only ever
    # hold open ballots, so they are small) are rewritten whole, so not even
    # their free space keeps old bytes; the others are vacuumed as usual.
    #
    # A snapshot older than the close (a long pg_dump, a replica's feedback, a
    # session idle in a transaction) keeps dead versions alive; while one can
    # be seen, the job runs again later, up to a day.
    class VacuumBallotPapers < ::Jobs::Base
      REWRITTEN = %w[discourse_mediation_ballot_papers discourse_mediation_ballot_seals].freeze
      VACUUMED = %w[
        discourse_mediation_ballot_voters
        discourse_mediation_ballots
        discourse_mediation_ballot_receipts
      ].freeze
      RETRY_AFTER = 1.hour
      MAX_TRIES = 24

      def execute(args)
        connection = ActiveRecord::Base.connection
        # VACUUM cannot run inside a transaction (a test's, say): nothing to
        # do then; the next close vacuums again.
        return if connection.transaction_open?

        since_xid = args[:closed_xid] || connection.select_value("SELECT txid_current()")
        connection.execute("VACUUM (FULL) #{REWRITTEN.join(", ")}")
        connection.execute("VACUUM #{VACUUMED.join(", ")}")

        tries = args[:tries].to_i + 1
        if older_snapshot_held?(connection, since_xid) && tries < MAX_TRIES
          ::Jobs.enqueue_at(
            RETRY_AFTER.from_now,
            ::Jobs::DiscourseMediation::VacuumBallotPapers,
            closed_xid: since_xid,
            tries:,
          )
        end
      end

      private

      # Whether another session or a replication slot holds a snapshot from
      # before the close, as far as this database user may see.
      def older_snapshot_held?(connection, since_xid)
        xid = connection.quote((since_xid.to_i % 2**32).to_s)
        connection.select_value(<<~SQL)
          SELECT EXISTS (
            SELECT 1 FROM pg_stat_activity
            WHERE pid <> pg_backend_pid() AND backend_xmin IS NOT NULL AND age(backend_xmin) >= age(#{xid}::xid)
            UNION ALL
            SELECT 1 FROM pg_replication_slots
            WHERE xmin IS NOT NULL AND age(xmin) >= age(#{xid}::xid)
          )
        SQL
      end
    end
  end
end

# frozen_string_literal: true

module DiscourseMediation
  class MediationCase
    # Forgiveness that forgets: how long an ended case still names the person
    # concerned where mediators and moderators search (Rules::Record::NameKeeping),
    # in Ruby for one case and in SQL for many.
    module Naming
      extend ActiveSupport::Concern

      included { scope :naming_subject, ->(now = Time.zone.now) { where(naming_subject_sql(now)) } }

      class_methods do
        # The condition on a case's own row, so that it can stand inside an
        # OR without a subquery (the queue's Closed tab).
        def naming_subject_sql(now = Time.zone.now)
          forgiveness = SiteSetting.mediation_forgiveness_months
          sanction =
            Rules::Record::NameKeeping.sanction_months(
              sanction_names_months: SiteSetting.mediation_archive_names_months,
              forgiveness_months: forgiveness,
            )
          sanitize_sql_array(
            [
              "(#{table_name}.state IN ('closed', 'archived') AND (" \
                "(COALESCE(#{table_name}.outcome, :none) = :none AND #{table_name}.ended_at > :forgiven) OR " \
                "(COALESCE(#{table_name}.outcome, :none) <> :none AND " \
                "COALESCE(#{table_name}.sanction_ends_at, #{table_name}.review_at, #{table_name}.ended_at) > :sanction_forgiven)))",
              {
                none: Rules::Record::NameKeeping::NO_SANCTION,
                forgiven: Rules::Record::Forgiveness.cutoff(now:, months: forgiveness),
                sanction_forgiven: Rules::Record::Forgiveness.cutoff(now:, months: sanction),
              },
            ],
          )
        end
      end

      def names_subject?(now = Time.zone.now)
        Rules::Record::NameKeeping.named?(
          state:,
          outcome:,
          ended_at:,
          sanction_ends_at:,
          review_at:,
          now:,
          forgiveness_months: SiteSetting.mediation_forgiveness_months,
          sanction_names_months: SiteSetting.mediation_archive_names_months,
        )
      end
    end
  end
end

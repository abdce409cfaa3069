# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # Closes every ballot whose time is up, catching up after downtime. Closing
    # twice changes nothing more (BallotBox.close! re-reads under a lock).
    class CloseMediationBallots < ::Jobs::Scheduled
      every 5.minutes

      def execute(_args)
        return if !SiteSetting.mediation_enabled

        ::DiscourseMediation::OneByOne.each(
          ::DiscourseMediation::Ballot.due_to_close,
          job: self.class.name,
        ) { |ballot| ::DiscourseMediation::BallotBox.close!(ballot) }
      end
    end
  end
end

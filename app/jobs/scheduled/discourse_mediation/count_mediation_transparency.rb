# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # Brings the transparency figures up to date (TransparencyRollup): the
    # report shows them as of the last run, at most this long ago.
    class CountMediationTransparency < ::Jobs::Scheduled
      every 10.minutes

      def execute(_args)
        return if !SiteSetting.mediation_enabled
        ::DiscourseMediation::TransparencyRollup.refresh!
      end
    end
  end
end

# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # Tells the person concerned and the requesters that the case has concluded,
    # once, even if the job runs again.
    class TellMediationOutcome < ::Jobs::Base
      def execute(args)
        mediation_case =
          ::DiscourseMediation::MediationCase.includes(
            :topic,
            :people,
            :help_requests,
            report: :citations,
          ).find_by(id: args[:case_id])
        return if mediation_case.blank? || mediation_case.outcome.blank?
        ::DiscourseMediation::Notices::Outcome.new(mediation_case).send_all
      end
    end
  end
end

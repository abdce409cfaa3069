# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # Sends the notices of a submitted report, or an extension decision. Each
    # kind is sent once, even if the job runs again.
    class SendMediationReportNotices < ::Jobs::Base
      def execute(args)
        mediation_case =
          ::DiscourseMediation::MediationCase.includes(
            :topic,
            :post,
            :people,
            report: :citations,
          ).find_by(id: args[:case_id])
        return if mediation_case&.report.blank?

        notices = ::DiscourseMediation::Notices::DueProcess.new(mediation_case)
        if args[:kind] == "extension_decision"
          notices.send_extension_decision
        else
          notices.send_notice_and_invitations
        end
      end
    end
  end
end

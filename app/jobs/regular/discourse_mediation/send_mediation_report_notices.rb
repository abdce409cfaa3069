# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # Sends the notices of a submitted report, an extension decision, or the
    # time to answer a later statement. Each is sent once, even if the job
    # runs again.
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
        case args[:kind]
        when "extension_decision"
          notices.send_extension_decision
        when "answer_window"
          notices.send_answer_window
        else
          notices.send_notice_and_invitations
        end
      end
    end
  end
end

# frozen_string_literal: true

module DiscourseMediation
  # A requester takes their request back while the case is not escalated. The
  # case ends only when nobody is asking any more.
  class HelpRequest::Withdraw
    include Service::Base

    params do
      attribute :help_request_id, :integer
      validates :help_request_id, presence: true
    end

    model :help_request

    transaction do
      step :lock_case
      policy :withdrawable, class_name: HelpRequest::Policy::Withdrawable
      step :withdraw
      step :end_case_when_nobody_asks
    end

    step :tell_subject

    private

    # Only one's own request: someone else's is "not found".
    def fetch_help_request(params:, guardian:)
      HelpRequest.by(guardian.user).includes(:mediation_case).find_by(id: params.help_request_id)
    end

    def lock_case(help_request:)
      help_request.mediation_case.lock!
    end

    def withdraw(help_request:, guardian:)
      help_request.update!(withdrawn_at: Time.zone.now)
      help_request.mediation_case.log_event!(
        "request_withdrawn",
        user: guardian.user,
        help_request_id: help_request.id,
      )
    end

    def end_case_when_nobody_asks(help_request:, guardian:)
      mediation_case = help_request.mediation_case
      return if mediation_case.help_requests.where(withdrawn_at: nil).exists?
      mediation_case.apply_event!(:withdraw, user: guardian.user)
    end

    # A person concerned the mediator had reached learns that it is over.
    def tell_subject(help_request:)
      mediation_case = help_request.mediation_case
      return if mediation_case.state != "withdrawn" || !mediation_case.subject_contacted?
      Jobs.enqueue(Jobs::DiscourseMediation::TellSubjectCaseEnded, case_id: mediation_case.id)
    end
  end
end

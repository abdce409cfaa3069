# frozen_string_literal: true

module DiscourseMediation
  # The person concerned asks, once, for more time. A moderator, or a mediator
  # who did not write the report, decides; until then the deadline is held.
  class Statement::RequestExtension
    include Service::Base
    include Case::Lookup

    REASON_MAX_LENGTH = 1000

    params do
      attribute :case_id, :integer
      attribute :reason, :string

      validates :case_id, presence: true

      extend ReasonContract
      requires_reason max_length: Statement::RequestExtension::REASON_MAX_LENGTH,
                      error: "discourse_mediation.errors.extension_reason_missing"
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:request_extension]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:request_extension]
      policy :window_open, class_name: Statement::Policy::WindowOpen
      policy :not_stated_yet, class_name: Statement::Policy::NotStatedYet
      policy :first_request
      step :request_extension
    end

    step :tell_deciders

    private

    def first_request(mediation_case:)
      mediation_case.extension_requested_at.nil?
    end

    def request_extension(mediation_case:, params:, guardian:)
      mediation_case.update!(extension_requested_at: Time.zone.now, extension_reason: params.reason)
      mediation_case.log_event!("extension_requested", user: guardian.user, reason: params.reason)
    end

    def tell_deciders(mediation_case:)
      Notices::ExtensionRequest.new(mediation_case).send_request!
    end
  end
end

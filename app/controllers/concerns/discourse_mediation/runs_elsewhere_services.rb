# frozen_string_literal: true

module DiscourseMediation
  # The refusals the services about conduct outside the forum share, for the
  # controllers that run them: a member's request and a mediator's case
  # (`run_elsewhere_service`), and evidence added to a case
  # (`evidence_refusals`, inside run_case_service). An action's own handlers
  # come after these.
  module RunsElsewhereServices
    private

    def run_elsewhere_service(service, &own_handlers)
      evidence = evidence_refusals
      service.call(service_params) do
        on_failed_contract do |contract|
          render json: failed_json.merge(errors: contract.errors.full_messages),
                 status: :unprocessable_content
        end
        on_model_not_found(:subject_user) do
          render_json_error(
            I18n.t("discourse_mediation.errors.elsewhere.no_such_person"),
            status: 422,
          )
        end
        on_failed_policy(:not_oneself) { |policy| render_json_error(policy.reason, status: 422) }
        instance_exec(&evidence)
        on_failure do
          render_json_error(I18n.t("discourse_mediation.errors.unexpected"), status: 422)
        end
        instance_exec(&own_handlers)
      end
    end

    # Someone else's upload is not found, as one that is not there; one
    # too large names the limit. Handlers, for a service's block.
    def evidence_refusals
      proc do
        on_failed_policy(:own_uploads) { |policy| render_json_error(policy.reason, status: 404) }
        on_failed_policy(:uploads_within_size) do |policy|
          render_json_error(policy.reason, status: 422)
        end
      end
    end
  end
end

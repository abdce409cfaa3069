# frozen_string_literal: true

module DiscourseMediation
  # The outcomes every service acting on a case shares, for the controllers
  # that run them. Each controller says how it answers success
  # (`render_case_result`); an action's own handlers come after these, so they
  # take over where both match the same outcome.
  module RunsCaseServices
    private

    def run_case_service(service, &own_handlers)
      service.call(service_params) do
        on_success { |mediation_case:| render_case_result(mediation_case) }
        on_failed_contract do |contract|
          render json: failed_json.merge(errors: contract.errors.full_messages),
                 status: :unprocessable_content
        end
        on_model_not_found(:mediation_case) { raise Discourse::NotFound }
        on_failed_policy(:may_take) do |policy, mediation_case:|
          refuse_on_case(policy.reason, mediation_case)
        end
        # Someone else moved the case first (a claim race, say), or time ran out.
        on_failed_policy(:in_state) { |policy| render_json_error(policy.reason, status: 409) }
        on_failed_policy(:not_on_open_roll) do |policy|
          render_json_error(policy.reason, status: 409)
        end
        # Anything no handler names still gets an answer, never an empty 204.
        on_failure do
          render_json_error(I18n.t("discourse_mediation.errors.unexpected"), status: 422)
        end
        instance_exec(&own_handlers) if own_handlers
      end
    end

    # Someone with no part in the case learns nothing of it, not even that it
    # exists: not found, as for a case that is not there, whatever the case.
    def refuse_on_case(reason, mediation_case)
      raise Discourse::NotFound if (guardian.mediation_roles_on(mediation_case) - [:member]).empty?
      render_json_error(reason, status: 403)
    end
  end
end

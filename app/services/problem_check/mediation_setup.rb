# frozen_string_literal: true

# Tells admins on the dashboard what mediation still needs: the first thing
# missing, so the next shows once it is fixed (DiscourseMediation::SetupProblems).
class ProblemCheck::MediationSetup < ProblemCheck
  self.priority = "high"

  def call
    reason = DiscourseMediation::SetupProblems.all.first
    reason ? problem(override_key: "dashboard.problem.mediation_setup.#{reason}") : no_problem
  end
end

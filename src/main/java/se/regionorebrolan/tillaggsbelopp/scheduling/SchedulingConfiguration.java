package se.regionorebrolan.tillaggsbelopp.scheduling;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryDatabase;

/**
 * The scheduler and the thread that fires its triggers, created when scheduler mode
 * starts (all beans are lazy). Tests register a task scheduler they fire by hand.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TaskScheduler taskScheduler(Clock clock) {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix("schema-");
		scheduler.setClock(clock);
		// At shutdown a firing under way completes; triggers that wait are dropped.
		scheduler.setWaitForTasksToCompleteOnShutdown(true);
		scheduler.setAwaitTerminationSeconds(600);
		scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		return scheduler;
	}

	@Bean(destroyMethod = "stop")
	Scheduler scheduler(List<ScheduledJob> jobs, ObjectProvider<TaskScheduler> taskScheduler, Clock clock,
			TillaggProperties properties, ObjectProvider<RegistryDatabase> registry,
			ConfigurableEnvironment environment) {
		TillaggProperties.Schedule schedule = properties.schedule();
		return new Scheduler(jobs, taskScheduler::getObject, clock, schedule.zone(), schedule.catchUpDays(),
				() -> registry.getObject().release(), () -> SchedulerLogFile.open(environment));
	}

}
